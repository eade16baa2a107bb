namespace Search.Indexing.Extraction;

/// <summary>A date found in text.</summary>
/// <param name="Date">The date.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record FoundDate(DateOnly Date, int Start, int End);
