namespace Search.Core.Querying;

/// <summary>
/// A combination of clauses. Matches when every MUST clause matches, no MUST_NOT clause matches and, when there are
/// no MUST clauses, at least one SHOULD clause matches. A query of MUST_NOT clauses alone matches all other documents.
/// </summary>
/// <param name="Clauses">The clauses.</param>
public sealed record BooleanQuery(IReadOnlyList<BooleanClause> Clauses) : Query;
