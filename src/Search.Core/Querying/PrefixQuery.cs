namespace Search.Core.Querying;

/// <summary>Every term that starts with <paramref name="Prefix"/> (written prefix*), bounded in expansions.</summary>
/// <param name="Field">The field scope, or null for the default fields.</param>
/// <param name="Prefix">The prefix as typed, without the star.</param>
public sealed record PrefixQuery(string? Field, string Prefix) : Query;
