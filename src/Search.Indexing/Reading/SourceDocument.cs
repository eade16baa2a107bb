namespace Search.Indexing.Reading;

/// <summary>A decoded input file, ready to be cleaned and extracted.</summary>
/// <param name="Id">Stable document id: the file name without its extension.</param>
/// <param name="Path">Full path of the file.</param>
/// <param name="Text">The file's text, decoded as UTF-8.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record SourceDocument(string Id, string Path, string Text, string ContentHash);
