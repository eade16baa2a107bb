namespace Search.Indexing.Reading;

/// <summary>A decoded input, ready to be cleaned and extracted.</summary>
/// <param name="Id">Stable document id: the file name without its extension, or a JSON Lines record's id.</param>
/// <param name="Path">Full path of the file (with the line number for a JSON Lines record).</param>
/// <param name="Text">The article text: the whole file for plain text, the visible body for HTML and JSON Lines.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the bytes the document was read from.</param>
/// <param name="Metadata">Metadata stated by a structured source, or null for plain text.</param>
public sealed record SourceDocument(string Id, string Path, string Text, string ContentHash, SourceMetadata? Metadata = null);
