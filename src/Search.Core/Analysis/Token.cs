namespace Search.Core.Analysis;

/// <summary>An analyzed term with where it stands in the text.</summary>
/// <param name="Term">The normalised (folded, stemmed) term.</param>
/// <param name="StartOffset">Offset of the first character of the source word.</param>
/// <param name="EndOffset">Offset just past the last character of the source word.</param>
/// <param name="Position">Ordinal position of the word in the text (stop words keep their position slot).</param>
public readonly record struct Token(string Term, int StartOffset, int EndOffset, int Position);
