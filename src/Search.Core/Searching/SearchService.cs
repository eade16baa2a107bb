using System.Globalization;
using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Highlighting;
using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>
/// The one search service behind the site, the API and the CLI: parses the query, asks the engine, highlights the
/// hits and shapes the shared response.
/// </summary>
public sealed class SearchService
{
    private readonly ISearchEngine engine;
    private readonly QueryParser parser;
    private readonly Analyzer analyzer;
    private readonly Highlighter highlighter;
    private readonly TimeProvider time;

    /// <summary>Creates the service.</summary>
    public SearchService(ISearchEngine engine, QueryParser parser, Analyzer analyzer, TimeProvider time)
    {
        this.engine = engine;
        this.parser = parser;
        this.analyzer = analyzer;
        highlighter = new Highlighter(analyzer);
        this.time = time;
    }

    /// <summary>Runs a search.</summary>
    /// <exception cref="QuerySyntaxException">The query text is malformed or exceeds a limit.</exception>
    public SearchResponse Search(SearchParameters parameters)
    {
        var started = time.GetTimestamp();
        var query = parser.Parse(parameters.Q);
        var results = engine.Search(new SearchRequest
        {
            Query = query,
            Filters = parameters.Filters,
            Exclusions = parameters.Exclusions,
            From = parameters.From,
            To = parameters.To,
            Sort = parameters.Sort,
            Offset = (parameters.Page - 1) * parameters.PageSize,
            Limit = parameters.PageSize,
            FacetLimit = parameters.FacetLimit,
        });

        var terms = HighlightTerms.From(query, analyzer);
        var hits = results.Hits.Select(h => ToHit(h, terms, parameters.Snippets)).ToList();
        return new SearchResponse
        {
            Query = parameters.Q ?? string.Empty,
            Total = results.Total,
            Page = parameters.Page,
            PageSize = parameters.PageSize,
            Sort = parameters.Sort.ToString().ToLowerInvariant(),
            TookMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 2),
            Hits = hits,
            Facets = results.Facets.ToDictionary(f => f.Dimension, f => f.Values),
        };
    }

    /// <summary>Finds one stored article.</summary>
    public Article? Find(string id) => engine.Find(id);

    /// <summary>The article's body HTML-encoded with every match of <paramref name="q"/> marked (empty marks nothing).</summary>
    /// <exception cref="QuerySyntaxException">The query text is malformed.</exception>
    public string HighlightBody(Article article, string? q) =>
        highlighter.HighlightAll(article.Body, HighlightTerms.From(parser.Parse(q), analyzer));

    private SearchHit ToHit(ScoredArticle hit, HighlightTerms terms, int snippets)
    {
        var article = hit.Article;
        return new SearchHit
        {
            Id = article.Id,
            Title = article.Title,
            Outlet = article.Outlet,
            Date = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateKind = article.DateKind.ToString().ToLowerInvariant(),
            Authors = article.Authors,
            Persons = article.Persons,
            Topics = article.Topics,
            Score = Math.Round(hit.Score, 4),
            Snippets = highlighter.Snippets(article.Body, terms, snippets),
        };
    }
}
