namespace Search.Core.Facets;

/// <summary>One facet dimension: its name (also its URL parameter and query field) and how values are drawn from an article.</summary>
/// <param name="Name">The dimension name, e.g. "outlet".</param>
/// <param name="Label">Human label for the site, e.g. "Outlet".</param>
/// <param name="MultiValued">Whether an article can carry several values (persons, topics, authors).</param>
/// <param name="ValuesOf">Reads the dimension's values from an article.</param>
public sealed record FacetDimension(
    string Name,
    string Label,
    bool MultiValued,
    Func<Documents.Article, IEnumerable<string>> ValuesOf);
