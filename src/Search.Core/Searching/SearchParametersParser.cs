using System.Globalization;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>
/// Builds <see cref="SearchParameters"/> from raw string values (URL query or command line), checking every
/// documented limit; anything out of range is a <see cref="SearchParameterException"/>, never silently ignored.
/// </summary>
public sealed class SearchParametersParser
{
    private readonly FacetsConfig facets;

    /// <summary>Creates a parser for the given facet dimensions.</summary>
    public SearchParametersParser(FacetsConfig facets) => this.facets = facets;

    /// <summary>Parses raw values; a key maps to every value given for it (repeatable parameters).</summary>
    /// <param name="values">Parameter name to its values, e.g. "outlet" to ["RT", "EIR"]; names are case-insensitive.</param>
    public SearchParameters Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> values)
    {
        var raw = values
            .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).ToList(), StringComparer.OrdinalIgnoreCase);

        string? Single(string name) =>
            raw.TryGetValue(name, out var list) && list.Count > 0 ? list[^1] : null;

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var exclusions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in facets.FilterableDimensions)
        {
            AddValues(filters, dimension.Name, raw.GetValueOrDefault(dimension.Name));
            AddValues(exclusions, dimension.Name, raw.GetValueOrDefault("not." + dimension.Name));
        }

        var filterCount = filters.Values.Sum(v => v.Count) + exclusions.Values.Sum(v => v.Count);
        if (filterCount > SearchLimits.MaxFilters)
        {
            throw new SearchParameterException(
                "too-many-filters", "filters", $"At most {SearchLimits.MaxFilters} filter values are allowed; {filterCount} were given.");
        }

        var page = ParseInt(Single("page"), "page", 1, 1, int.MaxValue);
        var pageSize = ParseInt(Single("pageSize"), "pageSize", 10, 1, SearchLimits.MaxPageSize);
        if ((long)page * pageSize > SearchLimits.MaxResultWindow)
        {
            throw new SearchParameterException(
                "result-window-too-deep", "page",
                $"page * pageSize may be at most {SearchLimits.MaxResultWindow}; narrow the search instead of paging this deep.");
        }

        var from = ParseDate(Single("from"), "from");
        var to = ParseDate(Single("to"), "to");
        if (from > to)
        {
            throw new SearchParameterException("invalid-date-range", "from", "'from' is after 'to'.");
        }

        return new SearchParameters
        {
            Q = Single("q"),
            Filters = filters,
            Exclusions = exclusions,
            From = from,
            To = to,
            Sort = ParseSort(Single("sort")),
            Page = page,
            PageSize = pageSize,
            Snippets = ParseInt(Single("snippets"), "snippets", 3, 0, SearchLimits.MaxSnippets),
            FacetLimit = ParseInt(Single("facet.limit"), "facet.limit", 10, 1, SearchLimits.MaxFacetLimit),
        };
    }

    /// <summary>Parses a sort name: relevance, newest or oldest.</summary>
    public static SortOrder ParseSort(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => SortOrder.Relevance,
        "newest" => SortOrder.Newest,
        "oldest" => SortOrder.Oldest,
        _ => throw new SearchParameterException(
            "invalid-sort", "sort", $"'{value}' is not a sort order; use relevance, newest or oldest."),
    };

    private static void AddValues(Dictionary<string, IReadOnlyList<string>> target, string name, List<string>? values)
    {
        var cleaned = values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (cleaned is { Count: > 0 })
        {
            target[name] = cleaned;
        }
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new SearchParameterException(
                $"invalid-{name.Replace('.', '-').ToLowerInvariant()}", name, $"'{name}' must be a whole number from {min} to {max}.");
        }

        return number;
    }

    private static DateOnly? ParseDate(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new SearchParameterException("invalid-date", name, $"'{name}' must be a date written yyyy-MM-dd.");
        }

        return date;
    }
}
