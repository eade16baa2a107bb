namespace Search.Core.Querying;

/// <summary>Terms within <paramref name="MaxEdits"/> edits of the word (written term~ or term~1).</summary>
/// <param name="Field">The field scope, or null for the default fields.</param>
/// <param name="Text">The word as typed.</param>
/// <param name="MaxEdits">1 or 2.</param>
public sealed record FuzzyQuery(string? Field, string Text, int MaxEdits) : Query;
