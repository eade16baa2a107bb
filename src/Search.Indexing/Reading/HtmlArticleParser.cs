using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Search.Indexing.Extraction;

namespace Search.Indexing.Reading;

/// <summary>
/// Reads a news page: metadata from schema.org NewsArticle JSON-LD first, then OpenGraph and article:* meta tags,
/// then the page itself (h1, title); the body from JSON-LD articleBody or else the visible article paragraphs,
/// without navigation, asides, scripts and figures (whose captions are kept apart).
/// </summary>
public static class HtmlArticleParser
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"];
    private static readonly string[] Chrome = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "svg"];

    /// <summary>Parses <paramref name="html"/> into a document with stated metadata.</summary>
    public static SourceDocument Parse(string id, string path, string html, string contentHash)
    {
        var page = new HtmlParser().ParseDocument(html);
        var sources = new Dictionary<string, string>();
        var ld = FindJsonLd(page);
        string? Pick(string field, params (string Origin, string? Value)[] candidates)
        {
            foreach (var (origin, value) in candidates)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    sources[field] = origin;
                    return value.Trim();
                }
            }

            return null;
        }

        var title = Pick("title", ("json-ld headline", Str(ld, "headline")), ("meta og:title", Meta(page, "og:title")),
            ("html h1", page.QuerySelector("h1")?.TextContent), ("html title", page.Title));
        var subtitle = Pick("subtitle", ("json-ld description", Str(ld, "description")), ("meta og:description", Meta(page, "og:description")),
            ("meta description", Meta(page, "description")));
        var outlet = Pick("outlet", ("json-ld publisher", Str(Obj(ld, "publisher"), "name")), ("meta og:site_name", Meta(page, "og:site_name")));
        var url = Pick("url", ("json-ld url", Str(ld, "url")), ("meta og:url", Meta(page, "og:url")),
            ("link canonical", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")));
        var dateText = Pick("date", ("json-ld datePublished", Str(ld, "datePublished")),
            ("meta article:published_time", Meta(page, "article:published_time")),
            ("html time", page.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime")));
        var date = dateText is null ? null : DateParser.FindAll(dateText).FirstOrDefault()?.Date;
        if (date is null)
        {
            sources.Remove("date");
        }

        var authors = Authors(ld);
        if (authors.Count > 0)
        {
            sources["authors"] = "json-ld author";
        }
        else if (Meta(page, "author") is { } metaAuthor && !metaAuthor.Contains("://", StringComparison.Ordinal))
        {
            authors = [metaAuthor.Trim()];
            sources["authors"] = "meta author";
        }

        var root = page.QuerySelector("[itemprop=articleBody]") ?? page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        var captions = root?.QuerySelectorAll("figcaption").Select(c => Squash(c.TextContent)).Where(c => c.Length > 0).ToList() ?? [];
        if (captions.Count > 0)
        {
            sources["captions"] = "html figcaption";
        }

        var body = Str(ld, "articleBody") is { Length: > 0 } ldBody ? ldBody : VisibleText(root, title);
        var metadata = new SourceMetadata
        {
            Title = title, Subtitle = subtitle, Outlet = outlet, Url = url, Date = date,
            Authors = authors, Captions = captions, Sources = sources,
        };
        return new SourceDocument(id, path, body, contentHash, metadata);
    }

    private static string VisibleText(IElement? root, string? title)
    {
        if (root is null)
        {
            return string.Empty;
        }

        foreach (var element in root.QuerySelectorAll(string.Join(',', Chrome.Append("figure"))).ToList())
        {
            element.Remove();
        }

        var blocks = root.QuerySelectorAll("p, h2, h3, h4, li, blockquote").Select(e => Squash(e.TextContent)).Where(t => t.Length > 0).ToList();
        if (blocks.Count == 0)
        {
            blocks = [Squash(root.TextContent)];
        }

        return string.Join("\n\n", blocks.Where(b => b != title));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m => m.GetAttribute("property") == name || m.GetAttribute("name") == name)?.GetAttribute("content");

    private static JsonElement? FindJsonLd(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the meta tags and the page still count.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(e => e is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && ArticleTypes.Any(t => type.ToString().Contains(t, StringComparison.Ordinal)))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static JsonElement? Obj(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    private static string? Str(JsonElement? element, string name) => Obj(element, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("@id", out var idValue) => idValue.GetString(),
        _ => null,
    };

    private static List<string> Authors(JsonElement? ld)
    {
        var author = Obj(ld, "author");
        IEnumerable<JsonElement> items = author switch
        {
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray(),
            { } one => [one],
            null => [],
        };
        return items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Str(i, "name"))
            .OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }
}
