namespace Search.Indexing.Reading;

/// <summary>An input that was not indexed, and why.</summary>
/// <param name="Path">The file or folder as given.</param>
/// <param name="Reason">A message for people, e.g. "not valid UTF-8 text".</param>
public sealed record Rejection(string Path, string Reason);
