using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Search.Core.Searching;

namespace Search.Sqlite;

/// <summary>
/// Builds the SQL for the set of documents a request matches, optionally without one dimension's own filter
/// (drill-sideways counting).
/// </summary>
internal sealed class MatchSetSql
{
    private readonly SearchRequest request;
    private readonly Fts5Query query;

    public MatchSetSql(SearchRequest request, Fts5Query query)
    {
        this.request = request;
        this.query = query;
    }

    /// <summary>SELECT of (rowid, date, score) for matching documents.</summary>
    /// <param name="command">Receives the parameters.</param>
    /// <param name="withoutDimension">A dimension whose selection is ignored, or null.</param>
    public string Select(SqliteCommand command, string? withoutDimension = null)
    {
        var sql = new StringBuilder();
        if (query.Match is null)
        {
            sql.Append("SELECT d.rowid AS rowid, d.date AS date, d.id AS id, 0.0 AS score FROM documents d WHERE 1 = 1");
        }
        else
        {
            sql.Append("SELECT d.rowid AS rowid, d.date AS date, d.id AS id, -").Append(Schema.Bm25)
                .Append(" AS score FROM fts CROSS JOIN documents d ON d.rowid = fts.rowid WHERE fts MATCH $match");
            command.Parameters.AddWithValue("$match", query.Match);
        }

        if (query.Exclude is not null)
        {
            sql.Append(" AND d.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH $exclude)");
            command.Parameters.AddWithValue("$exclude", query.Exclude);
        }

        var ranges = query.Dates.Append(new Core.Querying.DateRangeQuery(request.From, request.To));
        var n = 0;
        foreach (var range in ranges)
        {
            if (range.From is { } from)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND d.date >= $from{n}");
                command.Parameters.AddWithValue($"$from{n}", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (range.To is { } to)
            {
                sql.Append(CultureInfo.InvariantCulture, $" AND d.date <= $to{n}");
                command.Parameters.AddWithValue($"$to{n}", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            n++;
        }

        AppendFacetConditions(sql, command, request.Filters, "IN", withoutDimension, "f");
        AppendFacetConditions(sql, command, request.Exclusions, "NOT IN", null, "x");
        return sql.ToString();
    }

    private static void AppendFacetConditions(
        StringBuilder sql,
        SqliteCommand command,
        IReadOnlyDictionary<string, IReadOnlyList<string>> selections,
        string op,
        string? skip,
        string prefix)
    {
        var d = 0;
        foreach (var (dimension, values) in selections)
        {
            d++;
            if (values.Count == 0 || string.Equals(dimension, skip, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var names = values.Select((v, i) => $"${prefix}{d}v{i}").ToList();
            sql.Append(CultureInfo.InvariantCulture, $" AND d.rowid {op} (SELECT doc FROM facets WHERE dim = ${prefix}{d} AND value IN ({string.Join(", ", names)}))");
            command.Parameters.AddWithValue($"${prefix}{d}", dimension.ToLowerInvariant());
            for (var i = 0; i < values.Count; i++)
            {
                command.Parameters.AddWithValue(names[i], values[i]);
            }
        }
    }
}
