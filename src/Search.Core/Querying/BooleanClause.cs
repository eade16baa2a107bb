namespace Search.Core.Querying;

/// <summary>One clause of a <see cref="BooleanQuery"/>.</summary>
/// <param name="Occur">Must, should or must not.</param>
/// <param name="Query">The clause's query.</param>
public sealed record BooleanClause(Occur Occur, Query Query);
