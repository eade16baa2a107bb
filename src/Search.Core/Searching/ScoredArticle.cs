using Search.Core.Documents;

namespace Search.Core.Searching;

/// <summary>A hit: the stored article and its relevance score.</summary>
/// <param name="Article">The article.</param>
/// <param name="Score">BM25 score (0 when the query has no scoring terms).</param>
public sealed record ScoredArticle(Article Article, double Score);
