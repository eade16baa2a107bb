namespace Search.Indexing.Reading;

/// <summary>
/// Metadata a structured source states outright (JSON-LD, meta tags, JSON Lines fields). Stated metadata wins over
/// what the extractor reads from the text; <see cref="Sources"/> says where each field came from.
/// </summary>
public sealed record SourceMetadata
{
    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Standfirst or description.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Publisher name.</summary>
    public string? Outlet { get; init; }

    /// <summary>Canonical URL of the article.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Author names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Photo captions and credits.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Field name ("title", "date", ...) to where it was read (e.g. "json-ld datePublished").</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}
