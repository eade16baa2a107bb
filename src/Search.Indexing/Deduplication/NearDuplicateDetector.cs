using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Searching;

namespace Search.Indexing.Deduplication;

/// <summary>
/// Recognises a syndicated or lightly edited copy of a story: the share of word 5-gram shingles the two bodies have in
/// common, over the smaller of the two (containment, so a shortened copy still counts). Candidates are the articles
/// seen earlier in this run and the engine's best matches for the body's distinctive words.
/// </summary>
public sealed partial class NearDuplicateDetector
{
    /// <summary>Default share of shared shingles at which two bodies are the same story.</summary>
    public const double DefaultThreshold = 0.5;

    private const int ShingleSize = 5;
    private const int QueryWords = 10;
    private const int Candidates = 5;
    private readonly ISearchEngine engine;
    private readonly double threshold;
    private readonly List<(string Id, HashSet<string> Shingles)> seen = [];

    /// <summary>Creates a detector that also looks for candidates in <paramref name="engine"/>.</summary>
    public NearDuplicateDetector(ISearchEngine engine, double threshold = DefaultThreshold)
    {
        this.engine = engine;
        this.threshold = threshold;
    }

    /// <summary>The id of the first-indexed article <paramref name="article"/> is a copy of, or null; remembers the article.</summary>
    public string? Find(Article article)
    {
        var shingles = Shingles(article.Body);
        string? original = null;
        if (shingles.Count > 0)
        {
            var candidates = seen.Where(s => s.Id != article.Id).ToList();
            candidates.AddRange(FromEngine(article).Where(c => c.Id != article.Id && candidates.All(s => s.Id != c.Id)));
            original = candidates
                .Select(c => (c.Id, Score: Containment(shingles, c.Shingles)))
                .Where(c => c.Score >= threshold)
                .OrderByDescending(c => c.Score)
                .Select(c => c.Id)
                .FirstOrDefault();
        }

        seen.Add((article.Id, shingles));
        return original;
    }

    /// <summary>Shared shingles over the smaller set; 0 when either is empty.</summary>
    public static double Containment(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);

    /// <summary>The word 5-grams of <paramref name="text"/>, lower-cased, punctuation ignored.</summary>
    public static HashSet<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.Skip(i).Take(ShingleSize)));
        }

        return shingles;
    }

    private IEnumerable<(string Id, HashSet<string> Shingles)> FromEngine(Article article)
    {
        var words = Word().Matches(article.Body).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 7 && w.All(char.IsLetter))
            .Distinct().OrderByDescending(w => w.Length).Take(QueryWords).ToList();
        if (words.Count == 0 || engine.Count() == 0)
        {
            return [];
        }

        try
        {
            var query = QueryParser.Default.Parse(string.Join(" OR ", words));
            return engine.Search(new SearchRequest { Query = query, Limit = Candidates, FacetLimit = 0 }).Hits
                .Where(h => h.Article.NearDuplicateOf is null)
                .Select(h => (h.Article.Id, Shingles(h.Article.Body)))
                .ToList();
        }
        catch (QuerySyntaxException)
        {
            // Candidate lookup is best effort: an odd word must not stop indexing.
            return [];
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
