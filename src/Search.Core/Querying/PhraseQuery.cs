namespace Search.Core.Querying;

/// <summary>Words in order, within <paramref name="Slop"/> extra positions of each other.</summary>
/// <param name="Field">The field scope, or null for the default fields.</param>
/// <param name="Text">The phrase as typed, without quotes.</param>
/// <param name="Slop">0 for an exact phrase; N for "phrase"~N (proximity).</param>
public sealed record PhraseQuery(string? Field, string Text, int Slop) : Query;
