using System.Globalization;

namespace Search.Core.Facets;

/// <summary>
/// The single source of truth for facet dimensions, shared by the indexer, the engines, the site and the API.
/// </summary>
public sealed class FacetsConfig
{
    /// <summary>Name of the outlet dimension.</summary>
    public const string Outlet = "outlet";

    /// <summary>Name of the date dimension; its values are months (yyyy-MM).</summary>
    public const string Date = "date";

    /// <summary>Name of the person dimension.</summary>
    public const string Person = "person";

    /// <summary>Name of the topic dimension.</summary>
    public const string Topic = "topic";

    /// <summary>Name of the author dimension.</summary>
    public const string Author = "author";

    /// <summary>The default configuration: outlet, date (month), person, topic, author.</summary>
    public static FacetsConfig Default { get; } = new(
    [
        new FacetDimension(Outlet, "Outlet", false, a => a.Outlet is null ? [] : [a.Outlet]),
        new FacetDimension(Date, "Date", false, a => a.Date is { } d ? [MonthOf(d)] : []),
        new FacetDimension(Person, "Person", true, a => a.Persons),
        new FacetDimension(Topic, "Topic", true, a => a.Topics),
        new FacetDimension(Author, "Author", true, a => a.Authors),
    ]);

    private readonly Dictionary<string, FacetDimension> byName;

    /// <summary>Creates a configuration from its dimensions, in display order.</summary>
    public FacetsConfig(IReadOnlyList<FacetDimension> dimensions)
    {
        Dimensions = dimensions;
        byName = dimensions.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The dimensions in display order.</summary>
    public IReadOnlyList<FacetDimension> Dimensions { get; }

    /// <summary>Dimensions that can be filtered by value (every dimension but the date, which filters by range).</summary>
    public IEnumerable<FacetDimension> FilterableDimensions => Dimensions.Where(d => d.Name != Date);

    /// <summary>Finds a dimension by name (case-insensitive).</summary>
    public FacetDimension? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The facet value of a date: its month as yyyy-MM.</summary>
    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
