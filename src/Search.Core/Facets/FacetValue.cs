namespace Search.Core.Facets;

/// <summary>A facet value with the number of matching documents that carry it.</summary>
/// <param name="Value">The value, e.g. "RT" or "2022-01".</param>
/// <param name="Count">How many documents of the (drill-sideways) match set carry it.</param>
public sealed record FacetValue(string Value, int Count);
