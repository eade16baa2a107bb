namespace Search.Core.Searching;

/// <summary>A validated search as a user or tool asks for it: the query text, filters, order and page.</summary>
public sealed record SearchParameters
{
    /// <summary>The query text; null or blank for every document.</summary>
    public string? Q { get; init; }

    /// <summary>Selected values per facet dimension.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Excluded values per facet dimension.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>First publication day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Order of hits.</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>One-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Snippets per hit.</summary>
    public int Snippets { get; init; } = 3;

    /// <summary>Values per facet dimension.</summary>
    public int FacetLimit { get; init; } = 10;
}
