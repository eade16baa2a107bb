using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>What an engine answers: the exact hit count, one page of hits and the facet counts.</summary>
/// <param name="Total">How many documents match the query and filters.</param>
/// <param name="Hits">The requested page of hits, in order.</param>
/// <param name="Facets">Counts per dimension; each dimension is counted without its own filter (drill-sideways).</param>
public sealed record SearchResults(int Total, IReadOnlyList<ScoredArticle> Hits, IReadOnlyList<FacetResult> Facets);
