namespace Search.Core.Searching;

/// <summary>The documented bounds of a search request.</summary>
public static class SearchLimits
{
    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Deepest hit reachable by paging (page * pageSize).</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Most snippets per hit.</summary>
    public const int MaxSnippets = 10;

    /// <summary>Most values per facet dimension.</summary>
    public const int MaxFacetLimit = 1000;

    /// <summary>Most filter values (selected plus excluded) in one request.</summary>
    public const int MaxFilters = 50;
}
