using Search.Core.Documents;

namespace Search.Web.Presentation;

/// <summary>What the document page shows: the article, its body with the query's matches marked, and the query.</summary>
/// <param name="Article">The stored article.</param>
/// <param name="HighlightedBody">HTML-encoded body; only &lt;mark&gt; is markup.</param>
/// <param name="Q">The query the reader came from, or empty.</param>
public sealed record DocumentPage(Article Article, string HighlightedBody, string Q);
