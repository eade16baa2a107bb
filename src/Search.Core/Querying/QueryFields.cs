namespace Search.Core.Querying;

/// <summary>The field names a query may scope a clause to (written field:term).</summary>
public static class QueryFields
{
    /// <summary>The headline (and subtitle).</summary>
    public const string Title = "title";

    /// <summary>The article text.</summary>
    public const string Body = "body";

    /// <summary>The publication date; only ranges are allowed: date:[2022-01-01 TO 2022-01-31].</summary>
    public const string Date = "date";

    /// <summary>Every field name the parser accepts; facet dimensions (outlet, person, topic, author) included.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Title, Body, Date, Facets.FacetsConfig.Outlet, Facets.FacetsConfig.Person, Facets.FacetsConfig.Topic,
        Facets.FacetsConfig.Author,
    };
}
