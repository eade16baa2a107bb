using Search.Core.Documents;

namespace Search.Sqlite.Tests;

/// <summary>Builds test articles with just the fields a test cares about.</summary>
internal static class ArticleBuilder
{
    public static Article Article(
        string id,
        string body,
        string? title = null,
        string? outlet = null,
        string? date = null,
        string[]? persons = null,
        string[]? topics = null) => new()
    {
        Id = id,
        Title = title ?? $"Title of {id}",
        Body = body,
        Outlet = outlet,
        Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        DateKind = date is null ? DateKind.Unknown : DateKind.Stated,
        Persons = persons ?? [],
        Topics = topics ?? [],
        Provenance = new Provenance($"/corpus/{id}.txt", $"hash-{id}-{body.GetHashCode(StringComparison.Ordinal)}", DateTimeOffset.UnixEpoch),
    };
}
