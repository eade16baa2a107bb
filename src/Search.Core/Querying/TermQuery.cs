namespace Search.Core.Querying;

/// <summary>A word, in the default fields or in one field. A word that analyzes to several terms acts as a phrase.</summary>
/// <param name="Field">The field scope, or null for the default fields (title and body).</param>
/// <param name="Text">The word as typed.</param>
public sealed record TermQuery(string? Field, string Text) : Query;
