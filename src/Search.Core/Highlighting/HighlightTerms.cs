using Search.Core.Analysis;
using Search.Core.Querying;

namespace Search.Core.Highlighting;

/// <summary>The positive text terms of a query, analyzed, that a highlighter marks in title and body.</summary>
public sealed class HighlightTerms
{
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];
    private readonly List<(string Term, int MaxEdits)> fuzzy = [];
    private readonly List<IReadOnlyList<string>> phrases = [];

    private HighlightTerms()
    {
    }

    /// <summary>Whether the query has nothing to mark.</summary>
    public bool IsEmpty => terms.Count == 0 && prefixes.Count == 0 && fuzzy.Count == 0 && phrases.Count == 0;

    /// <summary>Multi-word sequences that are marked only where they occur in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases => phrases;

    /// <summary>Collects the terms of every non-negated text clause (default, title and body fields).</summary>
    public static HighlightTerms From(Query query, Analyzer analyzer)
    {
        var result = new HighlightTerms();
        result.Collect(query, analyzer, negated: false);
        return result;
    }

    /// <summary>Whether a single analyzed term matches a term, prefix or fuzzy clause.</summary>
    public bool MatchesTerm(string term)
    {
        if (terms.Contains(term))
        {
            return true;
        }

        foreach (var prefix in prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var (candidate, maxEdits) in fuzzy)
        {
            if (EditDistance.Within(term, candidate, maxEdits))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(Query query, Analyzer analyzer, bool negated)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, analyzer, negated ^ (clause.Occur == Occur.MustNot));
                }

                break;
            case TermQuery t when !negated && IsTextField(t.Field):
                AddWords(analyzer.Terms(t.Text));
                break;
            case PhraseQuery p when !negated && IsTextField(p.Field):
                AddWords(analyzer.Terms(p.Text));
                break;
            case PrefixQuery p when !negated && IsTextField(p.Field):
                var prefix = Analyzer.Normalize(p.Prefix);
                if (prefix.Length > 0)
                {
                    prefixes.Add(prefix);
                }

                break;
            case FuzzyQuery f when !negated && IsTextField(f.Field):
                fuzzy.Add((analyzer.Terms(f.Text).FirstOrDefault() ?? Analyzer.Normalize(f.Text), f.MaxEdits));
                break;
        }
    }

    private void AddWords(IReadOnlyList<string> words)
    {
        if (words.Count == 1)
        {
            terms.Add(words[0]);
        }
        else if (words.Count > 1)
        {
            phrases.Add(words);
        }
    }

    private static bool IsTextField(string? field) => field is null or QueryFields.Title or QueryFields.Body;
}
