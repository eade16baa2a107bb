using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Highlighting;

namespace Search.Core.Querying;

/// <summary>
/// Decides whether one article matches a query without an index: used for stored queries such as topic definitions.
/// </summary>
public sealed class ArticleMatcher
{
    private readonly Analyzer analyzer;

    /// <summary>Creates a matcher that analyzes the article like the index does.</summary>
    public ArticleMatcher(Analyzer analyzer) => this.analyzer = analyzer;

    /// <summary>Whether <paramref name="article"/> matches <paramref name="query"/>.</summary>
    public bool Matches(Query query, Article article) => Matches(query, new Fields(article, analyzer));

    private bool Matches(Query query, Fields fields) => query switch
    {
        MatchAllQuery => true,
        TermQuery t => ContainsSequence(fields.Of(t.Field), analyzer.Terms(t.Text), 0),
        PhraseQuery p => ContainsSequence(fields.Of(p.Field), analyzer.Terms(p.Text), p.Slop),
        PrefixQuery p => fields.Of(p.Field).Any(tokens => tokens.Any(t => t.Term.StartsWith(Analyzer.Normalize(p.Prefix), StringComparison.Ordinal))),
        FuzzyQuery f => fields.Of(f.Field).Any(tokens => tokens.Any(t => EditDistance.Within(t.Term, FuzzyTerm(f), f.MaxEdits))),
        DateRangeQuery r => fields.Article.Date is { } d && (r.From is null || d >= r.From) && (r.To is null || d <= r.To),
        BooleanQuery b => MatchesBoolean(b, fields),
        _ => false,
    };

    private string FuzzyTerm(FuzzyQuery query) => analyzer.Terms(query.Text).FirstOrDefault() ?? Analyzer.Normalize(query.Text);

    private bool MatchesBoolean(BooleanQuery query, Fields fields)
    {
        var hasMust = false;
        var anyShould = false;
        var hasShould = false;
        foreach (var clause in query.Clauses)
        {
            var matched = Matches(clause.Query, fields);
            switch (clause.Occur)
            {
                case Occur.MustNot when matched:
                    return false;
                case Occur.Must when !matched:
                    return false;
                case Occur.Must:
                    hasMust = true;
                    break;
                case Occur.Should:
                    hasShould = true;
                    anyShould |= matched;
                    break;
            }
        }

        return hasMust || anyShould || !hasShould;
    }

    /// <summary>Whether the terms occur in order in one value, with at most <paramref name="slop"/> extra positions between them.</summary>
    private static bool ContainsSequence(IEnumerable<IReadOnlyList<Token>> values, IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count == 0)
        {
            return false;
        }

        foreach (var tokens in values)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Term == terms[0] && FollowsFrom(tokens, i, terms, slop))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool FollowsFrom(IReadOnlyList<Token> tokens, int start, IReadOnlyList<string> terms, int slop)
    {
        var previous = tokens[start].Position;
        var budget = slop;
        var j = start + 1;
        for (var k = 1; k < terms.Count; k++)
        {
            while (j < tokens.Count && tokens[j].Term != terms[k] && tokens[j].Position - previous - 1 <= budget)
            {
                j++;
            }

            if (j >= tokens.Count || tokens[j].Term != terms[k] || tokens[j].Position - previous - 1 > budget)
            {
                return false;
            }

            budget -= tokens[j].Position - previous - 1;
            previous = tokens[j].Position;
            j++;
        }

        return true;
    }

    /// <summary>The article's fields, analyzed once and on demand.</summary>
    private sealed class Fields(Article article, Analyzer analyzer)
    {
        private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<Token>>> cache = [];

        public Article Article => article;

        public IReadOnlyList<IReadOnlyList<Token>> Of(string? field)
        {
            var key = field ?? string.Empty;
            if (!cache.TryGetValue(key, out var values))
            {
                values = Texts(field).Select(text => (IReadOnlyList<Token>)analyzer.Tokenize(text).ToList()).ToList();
                cache[key] = values;
            }

            return values;
        }

        private IEnumerable<string> Texts(string? field) => field switch
        {
            null => [article.Title, article.Subtitle ?? string.Empty, article.Body],
            QueryFields.Title => [article.Title, article.Subtitle ?? string.Empty],
            QueryFields.Body => [article.Body],
            FacetsConfig.Outlet => new[] { article.Outlet, article.Agency }.OfType<string>(),
            FacetsConfig.Person => article.Persons,
            FacetsConfig.Topic => article.Topics,
            FacetsConfig.Author => article.Authors,
            _ => [],
        };
    }
}
