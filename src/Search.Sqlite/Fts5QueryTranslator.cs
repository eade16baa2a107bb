using Search.Core.Analysis;
using Search.Core.Querying;

namespace Search.Sqlite;

/// <summary>
/// Translates a parsed <see cref="Query"/> into an FTS5 MATCH expression plus the parts FTS5 cannot express
/// (top-level date ranges and pure negations), which the engine applies in SQL.
/// </summary>
internal sealed class Fts5QueryTranslator
{
    private readonly Func<string, int, int, IReadOnlyList<string>> expandFuzzy;

    /// <param name="expandFuzzy">Expands (word, maxEdits, maxExpansions) into index terms.</param>
    public Fts5QueryTranslator(Func<string, int, int, IReadOnlyList<string>> expandFuzzy) => this.expandFuzzy = expandFuzzy;

    public Fts5Query Translate(Query query, QueryLimits limits)
    {
        var clauses = query is BooleanQuery boolean ? boolean.Clauses : [new BooleanClause(Occur.Must, query)];
        var musts = new List<string>();
        var shoulds = new List<string>();
        var nots = new List<string>();
        var dates = new List<DateRangeQuery>();
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case { Query: MatchAllQuery }:
                    break;
                case { Occur: Occur.Must, Query: DateRangeQuery range }:
                    dates.Add(range);
                    break;
                case { Occur: Occur.Must }:
                    musts.Add(Expression(clause.Query, limits));
                    break;
                case { Occur: Occur.Should }:
                    shoulds.Add(Expression(clause.Query, limits));
                    break;
                case { Occur: Occur.MustNot }:
                    nots.Add(Expression(clause.Query, limits));
                    break;
            }
        }

        string? match = musts.Count > 0 ? Join(musts, "AND") : shoulds.Count > 0 ? Join(shoulds, "OR") : null;
        var exclude = nots.Count > 0 ? Join(nots, "OR") : null;
        if (match is not null && exclude is not null)
        {
            return new Fts5Query($"({match}) NOT ({exclude})", null, dates);
        }

        return new Fts5Query(match, exclude, dates);
    }

    private string Expression(Query query, QueryLimits limits) => query switch
    {
        TermQuery t => $"{Columns(t.Field)} : {Quote(t.Text)}",
        PhraseQuery { Slop: 0 } p => $"{Columns(p.Field)} : {Quote(p.Text)}",
        PhraseQuery p => $"{Columns(p.Field)} : NEAR({string.Join(' ', Words(p.Text).Select(Quote))}, {p.Slop})",
        PrefixQuery p => $"{Columns(p.Field)} : {Quote(Analyzer.Normalize(p.Prefix))} *",
        FuzzyQuery f => Fuzzy(f, limits),
        BooleanQuery b => Nested(b, limits),
        _ => throw Unsupported(),
    };

    private string Fuzzy(FuzzyQuery query, QueryLimits limits)
    {
        var terms = expandFuzzy(Analyzer.Normalize(query.Text), query.MaxEdits, limits.MaxExpansions);
        return terms.Count == 0
            ? $"{Columns(query.Field)} : {Quote(query.Text)}"
            : $"{Columns(query.Field)} : ({string.Join(" OR ", terms.Select(Quote))})";
    }

    private string Nested(BooleanQuery query, QueryLimits limits)
    {
        var musts = query.Clauses.Where(c => c.Occur == Occur.Must).Select(c => Expression(c.Query, limits)).ToList();
        var shoulds = query.Clauses.Where(c => c.Occur == Occur.Should).Select(c => Expression(c.Query, limits)).ToList();
        var nots = query.Clauses.Where(c => c.Occur == Occur.MustNot).Select(c => Expression(c.Query, limits)).ToList();
        var positive = musts.Count > 0 ? Join(musts, "AND") : shoulds.Count > 0 ? Join(shoulds, "OR") : throw Unsupported();
        return nots.Count > 0 ? $"({positive} NOT {Join(nots, "OR")})" : positive;
    }

    private static string Join(List<string> parts, string op) =>
        parts.Count == 1 ? parts[0] : "(" + string.Join($" {op} ", parts) + ")";

    private static string Columns(string? field) => field is null ? Schema.DefaultColumns : field;

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<string> Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static QuerySyntaxException Unsupported() => new(
        "unsupported-query", "This engine supports date ranges and pure negations only at the top level of a query.", 0);
}

/// <summary>A translated query: what FTS5 must match, what it must not, and date ranges for SQL.</summary>
/// <param name="Match">MATCH expression the documents must satisfy, or null for all documents.</param>
/// <param name="Exclude">MATCH expression the documents must not satisfy (pure negation), or null.</param>
/// <param name="Dates">Date ranges every document must fall in.</param>
internal sealed record Fts5Query(string? Match, string? Exclude, IReadOnlyList<DateRangeQuery> Dates);
