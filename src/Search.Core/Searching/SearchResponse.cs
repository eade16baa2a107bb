using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>The answer to a search, in the shape the API, the CLI and the site share.</summary>
public sealed record SearchResponse
{
    /// <summary>The query text as given ("" for none).</summary>
    public required string Query { get; init; }

    /// <summary>Exact number of matching documents.</summary>
    public int Total { get; init; }

    /// <summary>One-based page number.</summary>
    public int Page { get; init; }

    /// <summary>Hits per page.</summary>
    public int PageSize { get; init; }

    /// <summary>"relevance", "newest" or "oldest".</summary>
    public required string Sort { get; init; }

    /// <summary>Time spent answering, in milliseconds.</summary>
    public double TookMs { get; init; }

    /// <summary>The page of hits.</summary>
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Facet counts per dimension (outlet, date by month, person, topic, author).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<FacetValue>>();
}
