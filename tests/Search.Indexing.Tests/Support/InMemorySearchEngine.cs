using Search.Core.Documents;
using Search.Core.Searching;

namespace Search.Indexing.Tests.Support;

/// <summary>A dictionary standing in for the engine: every stored article is a search hit.</summary>
internal sealed class InMemorySearchEngine : ISearchEngine
{
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);

    public void Upsert(IReadOnlyCollection<Article> batch)
    {
        foreach (var article in batch)
        {
            articles[article.Id] = article;
        }
    }

    public bool Delete(string id) => articles.Remove(id);

    public Article? Find(string id) => articles.GetValueOrDefault(id);

    public Article? FindByContentHash(string contentHash) =>
        articles.Values.FirstOrDefault(a => a.Provenance?.ContentHash == contentHash);

    public int Count() => articles.Count;

    public SearchResults Search(SearchRequest request) =>
        new(articles.Count, articles.Values.Select(a => new ScoredArticle(a, 1)).Take(request.Limit).ToList(), []);

    public void Dispose()
    {
    }
}
