using Search.Core.Documents;

namespace Search.Core.Searching;

/// <summary>
/// The engine seam: stores articles and answers searches. Implementations keep their storage and retrieval details
/// (SQLite, FTS5, our own index) behind it.
/// </summary>
public interface ISearchEngine : IDisposable
{
    /// <summary>Adds or replaces (by id) a batch of articles; the batch is applied entirely or not at all.</summary>
    void Upsert(IReadOnlyCollection<Article> articles);

    /// <summary>Removes an article; returns whether it existed.</summary>
    bool Delete(string id);

    /// <summary>Finds a stored article by id.</summary>
    Article? Find(string id);

    /// <summary>Returns the stored article whose source has this content hash, if any.</summary>
    Article? FindByContentHash(string contentHash);

    /// <summary>How many articles are stored.</summary>
    int Count();

    /// <summary>Runs a search.</summary>
    /// <exception cref="Querying.QuerySyntaxException">The query exceeds an engine limit (e.g. too many expansions).</exception>
    SearchResults Search(SearchRequest request);
}
