using Search.Core.Facets;
using Search.Core.Searching;

namespace Search.Web.Presentation;

/// <summary>What the search page shows: the state, the response (absent on error) and any error for people.</summary>
public sealed record SearchPage(SearchState State, SearchResponse? Response, string? Error, FacetsConfig Facets)
{
    public int PageCount => Response is null ? 0 : Math.Max(1, (int)Math.Ceiling(Response.Total / (double)Response.PageSize));

    public int MaxReachablePage => Math.Min(PageCount, SearchLimits.MaxResultWindow / Math.Max(1, State.Parameters.PageSize));
}
