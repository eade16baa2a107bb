namespace Search.Core.Documents;

/// <summary>Where a document came from: the file it was read from, its content hash and when it was ingested.</summary>
/// <param name="SourcePath">Path of the source file as given to the indexer (normalised to full path).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the source bytes.</param>
/// <param name="IngestedAt">When the document was (last) ingested.</param>
public sealed record Provenance(string SourcePath, string ContentHash, DateTimeOffset IngestedAt);
