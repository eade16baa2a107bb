namespace Search.Core.Facets;

/// <summary>The counted values of one dimension for one search, most frequent first.</summary>
/// <param name="Dimension">The dimension name.</param>
/// <param name="Values">Top values by count, then by value.</param>
/// <param name="TotalValues">How many distinct values the dimension has over the match set (before the limit).</param>
public sealed record FacetResult(string Dimension, IReadOnlyList<FacetValue> Values, int TotalValues);
