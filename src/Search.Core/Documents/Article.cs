namespace Search.Core.Documents;

/// <summary>
/// A cleaned news article with its extracted metadata: the unit that is stored, indexed, searched and shown.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: the source file name without its extension, or the id given by a JSON Lines record.</summary>
    public required string Id { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Standfirst or subtitle, when the source has one.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The cleaned article text: paragraphs separated by blank lines, boilerplate removed.</summary>
    public required string Body { get; init; }

    /// <summary>The publisher (e.g. "RT"), or null when unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>A wire agency credited in the byline (e.g. "AFP"), kept apart from the publisher.</summary>
    public string? Agency { get; init; }

    /// <summary>Publication date, or null when unknown.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether <see cref="Date"/> was stated, inferred or is unknown.</summary>
    public DateKind DateKind { get; init; }

    /// <summary>Authors named in the byline.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Canonical names of the persons the article mentions.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Topics whose stored query matches the article.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Where each metadata field came from (field name to a short description such as "dateline").</summary>
    public IReadOnlyDictionary<string, string> FieldSources { get; init; } = new Dictionary<string, string>();

    /// <summary>Photo captions and credits, kept apart from <see cref="Body"/> (not searched as body text).</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The id of an already indexed article this one is a near-duplicate of (e.g. a syndicated copy), or null.</summary>
    public string? NearDuplicateOf { get; init; }

    /// <summary>The canonical URL of the article, when the source gives one.</summary>
    public string? Url { get; init; }

    /// <summary>Source file, content hash and ingest time.</summary>
    public Provenance? Provenance { get; init; }
}
