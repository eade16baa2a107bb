using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>What an engine is asked: a parsed query, facet filters, a date range, an order and a page of hits.</summary>
public sealed record SearchRequest
{
    /// <summary>The parsed query; <see cref="MatchAllQuery"/> for every document.</summary>
    public Query Query { get; init; } = MatchAllQuery.Instance;

    /// <summary>Selected values per facet dimension: OR within a dimension, AND across dimensions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Excluded values per facet dimension: a document carrying any of them does not match.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>First publication day, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication day, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Order of hits.</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>How many hits to skip.</summary>
    public int Offset { get; init; }

    /// <summary>How many hits to return.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>How many values to return per facet dimension.</summary>
    public int FacetLimit { get; init; } = 10;
}
