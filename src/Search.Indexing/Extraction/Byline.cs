namespace Search.Indexing.Extraction;

/// <summary>Authors and wire agency read from a byline.</summary>
/// <param name="Authors">Author names in byline order.</param>
/// <param name="Agency">A credited wire agency (e.g. AFP), or null.</param>
public sealed record Byline(IReadOnlyList<string> Authors, string? Agency);
