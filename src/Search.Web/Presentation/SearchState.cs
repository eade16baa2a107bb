using System.Globalization;
using System.Text;
using Search.Core.Searching;

namespace Search.Web.Presentation;

/// <summary>
/// The immutable state of a search screen, from which every link is built (add or remove a filter, change sort or
/// page), so each screen is a bookmarkable URL using the API's parameter names.
/// </summary>
public sealed record SearchState(SearchParameters Parameters)
{
    public string Q => Parameters.Q ?? string.Empty;

    public bool IsSelected(string dimension, string value) =>
        Parameters.Filters.TryGetValue(dimension, out var values) && values.Contains(value, StringComparer.Ordinal);

    public bool HasFilters => Parameters.Filters.Count > 0 || Parameters.Exclusions.Count > 0 || Parameters.From is not null || Parameters.To is not null;

    public SearchState Toggle(string dimension, string value) => IsSelected(dimension, value)
        ? With(Parameters with { Filters = Change(Parameters.Filters, dimension, v => v.Where(x => x != value)), Page = 1 })
        : With(Parameters with { Filters = Change(Parameters.Filters, dimension, v => v.Append(value)), Page = 1 });

    public SearchState WithoutDates() => With(Parameters with { From = null, To = null, Page = 1 });

    public SearchState WithoutFilters() => With(Parameters with
    {
        Filters = new Dictionary<string, IReadOnlyList<string>>(), Exclusions = new Dictionary<string, IReadOnlyList<string>>(),
        From = null, To = null, Page = 1,
    });

    public SearchState WithPage(int page) => With(Parameters with { Page = page });

    public SearchState WithSort(SortOrder sort) => With(Parameters with { Sort = sort, Page = 1 });

    public SearchState WithQuery(string q) => new(new SearchParameters { Q = q });

    /// <summary>The URL of this state on the search page.</summary>
    public string Url(string path = "/") => path + ToQueryString();

    public string ToQueryString()
    {
        var parts = new List<(string, string)>();
        if (Q.Length > 0)
        {
            parts.Add(("q", Q));
        }

        foreach (var (dimension, values) in Parameters.Filters)
        {
            parts.AddRange(values.Select(v => (dimension, v)));
        }

        foreach (var (dimension, values) in Parameters.Exclusions)
        {
            parts.AddRange(values.Select(v => ("not." + dimension, v)));
        }

        Add(parts, "from", Parameters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", Parameters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "sort", Parameters.Sort == SortOrder.Relevance ? null : Parameters.Sort.ToString().ToLowerInvariant());
        Add(parts, "page", Parameters.Page == 1 ? null : Parameters.Page.ToString(CultureInfo.InvariantCulture));
        Add(parts, "pageSize", Parameters.PageSize == 10 ? null : Parameters.PageSize.ToString(CultureInfo.InvariantCulture));
        if (parts.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("?");
        builder.AppendJoin('&', parts.Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        return builder.ToString();
    }

    private static void Add(List<(string, string)> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add((name, value));
        }
    }

    private static SearchState With(SearchParameters parameters) => new(parameters);

    private static Dictionary<string, IReadOnlyList<string>> Change(
        IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string dimension, Func<IEnumerable<string>, IEnumerable<string>> change)
    {
        var copy = filters.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        var values = change(copy.GetValueOrDefault(dimension) ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            copy.Remove(dimension);
        }
        else
        {
            copy[dimension] = values;
        }

        return copy;
    }
}
