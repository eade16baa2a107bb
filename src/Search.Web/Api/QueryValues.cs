namespace Search.Web.Api;

/// <summary>Reads a request's query string as parameter name to all its values (repeatable parameters).</summary>
public static class QueryValues
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Of(IQueryCollection query) =>
        query.Select(kv => new KeyValuePair<string, IReadOnlyList<string>>(
            kv.Key, kv.Value.Where(v => v is not null).Select(v => v!).ToList()));
}
