using System.Globalization;
using Microsoft.Data.Sqlite;
using Search.Core.Documents;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Querying;
using Search.Core.Searching;

namespace Search.Sqlite;

/// <summary>
/// The SQLite engine: documents, facet rows and provenance in ordinary tables (the source of truth) and retrieval
/// through an FTS5 table. Every batch is one transaction, so a document is either fully present or absent.
/// </summary>
public sealed class SqliteSearchEngine : ISearchEngine
{
    private readonly string connectionString;
    private readonly FacetsConfig facets;
    private readonly QueryLimits limits;
    private readonly Fts5QueryTranslator translator;

    private SqliteSearchEngine(string databasePath, FacetsConfig facets, QueryLimits limits)
    {
        DatabasePath = databasePath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        this.facets = facets;
        this.limits = limits;
        translator = new Fts5QueryTranslator(ExpandFuzzy);
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the index stored in <paramref name="indexDirectory"/>.</summary>
    public static SqliteSearchEngine Open(string indexDirectory, FacetsConfig? facets = null, QueryLimits? limits = null)
    {
        Directory.CreateDirectory(indexDirectory);
        var engine = new SqliteSearchEngine(
            Path.Combine(indexDirectory, Schema.FileName), facets ?? FacetsConfig.Default, limits ?? QueryLimits.Default);
        using var connection = engine.Connect();
        Execute(connection, Schema.Create);
        return engine;
    }

    /// <inheritdoc />
    public void Upsert(IReadOnlyCollection<Article> articles)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        foreach (var article in articles)
        {
            DeleteRow(connection, article.Id);
            InsertRow(connection, article);
        }

        transaction.Commit();
    }

    /// <inheritdoc />
    public bool Delete(string id)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var deleted = DeleteRow(connection, id);
        transaction.Commit();
        return deleted;
    }

    /// <inheritdoc />
    public Article? Find(string id) => FindBy("id", id);

    /// <inheritdoc />
    public Article? FindByContentHash(string contentHash) => FindBy("content_hash", contentHash);

    /// <inheritdoc />
    public int Count()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public SearchResults Search(SearchRequest request)
    {
        var translated = translator.Translate(request.Query, limits);
        var matchSet = new MatchSetSql(request, translated);
        using var connection = Connect();
        var total = CountMatches(connection, matchSet);
        var hits = total == 0 ? [] : TopHits(connection, matchSet, request);
        // A facet limit of 0 (e.g. the indexer's near-duplicate lookups) asks for no counts: skip the queries.
        var counts = facets.Dimensions
            .Select(d => request.FacetLimit == 0 ? new FacetResult(d.Name, [], 0) : CountFacet(connection, matchSet, d, request.FacetLimit))
            .ToList();
        return new SearchResults(total, hits, counts);
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Article? FindBy(string column, string value)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT article FROM documents WHERE {column} = $value LIMIT 1";
        command.Parameters.AddWithValue("$value", value);
        return command.ExecuteScalar() is string json ? ArticleSerializer.Deserialize(json) : null;
    }

    private static bool DeleteRow(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM fts WHERE rowid IN (SELECT rowid FROM documents WHERE id = $id);
            DELETE FROM documents WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }

    private void InsertRow(SqliteConnection connection, Article article)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO documents (id, date, content_hash, source_path, ingested_at, article)
            VALUES ($id, $date, $hash, $path, $ingested, $article);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$id", article.Id);
        insert.Parameters.AddWithValue("$date", (object?)article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        insert.Parameters.AddWithValue("$hash", (object?)article.Provenance?.ContentHash ?? DBNull.Value);
        insert.Parameters.AddWithValue("$path", (object?)article.Provenance?.SourcePath ?? DBNull.Value);
        insert.Parameters.AddWithValue("$ingested", (article.Provenance?.IngestedAt ?? DateTimeOffset.UnixEpoch).ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$article", ArticleSerializer.Serialize(article));
        var rowid = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);

        using var facet = connection.CreateCommand();
        facet.CommandText = "INSERT OR IGNORE INTO facets (dim, value, doc) VALUES ($dim, $value, $doc)";
        var dim = facet.Parameters.Add("$dim", SqliteType.Text);
        var value = facet.Parameters.Add("$value", SqliteType.Text);
        facet.Parameters.AddWithValue("$doc", rowid);
        foreach (var dimension in facets.Dimensions)
        {
            foreach (var v in dimension.ValuesOf(article))
            {
                dim.Value = dimension.Name;
                value.Value = v;
                facet.ExecuteNonQuery();
            }
        }

        using var fts = connection.CreateCommand();
        fts.CommandText = """
            INSERT INTO fts (rowid, title, body, outlet, person, topic, author)
            VALUES ($rowid, $title, $body, $outlet, $person, $topic, $author)
            """;
        fts.Parameters.AddWithValue("$rowid", rowid);
        fts.Parameters.AddWithValue("$title", article.Subtitle is null ? article.Title : article.Title + "\n" + article.Subtitle);
        fts.Parameters.AddWithValue("$body", article.Body);
        fts.Parameters.AddWithValue("$outlet", string.Join('\n', new[] { article.Outlet, article.Agency }.OfType<string>()));
        fts.Parameters.AddWithValue("$person", string.Join('\n', article.Persons));
        fts.Parameters.AddWithValue("$topic", string.Join('\n', article.Topics));
        fts.Parameters.AddWithValue("$author", string.Join('\n', article.Authors));
        fts.ExecuteNonQuery();
    }

    private static int CountMatches(SqliteConnection connection, MatchSetSql matchSet)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM ({matchSet.Select(command)})";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<ScoredArticle> TopHits(SqliteConnection connection, MatchSetSql matchSet, SearchRequest request)
    {
        var order = request.Sort switch
        {
            SortOrder.Newest => "m.date IS NULL, m.date DESC, m.id",
            SortOrder.Oldest => "m.date IS NULL, m.date ASC, m.id",
            _ => "m.score DESC, m.date IS NULL, m.date DESC, m.id",
        };
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.article, m.score FROM ({matchSet.Select(command)}) m JOIN documents d ON d.rowid = m.rowid
            ORDER BY {order} LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", request.Limit);
        command.Parameters.AddWithValue("$offset", request.Offset);
        var hits = new List<ScoredArticle>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new ScoredArticle(ArticleSerializer.Deserialize(reader.GetString(0)), reader.GetDouble(1)));
        }

        return hits;
    }

    private static FacetResult CountFacet(SqliteConnection connection, MatchSetSql matchSet, FacetDimension dimension, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT f.value, count(*) AS n, count(*) OVER () AS distinct_values
            FROM ({matchSet.Select(command, dimension.Name)}) m CROSS JOIN facets f ON f.doc = m.rowid AND f.dim = $dim
            GROUP BY f.value ORDER BY n DESC, f.value LIMIT $limit
            """;
        command.Parameters.AddWithValue("$dim", dimension.Name);
        command.Parameters.AddWithValue("$limit", limit);
        var values = new List<FacetValue>();
        var distinct = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(new FacetValue(reader.GetString(0), reader.GetInt32(1)));
            distinct = reader.GetInt32(2);
        }

        return new FacetResult(dimension.Name, values, distinct);
    }

    private IReadOnlyList<string> ExpandFuzzy(string word, int maxEdits, int maxExpansions)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term FROM fts_vocab WHERE length(term) BETWEEN $min AND $max ORDER BY doc DESC";
        command.Parameters.AddWithValue("$min", Math.Max(1, word.Length - maxEdits));
        command.Parameters.AddWithValue("$max", word.Length + maxEdits);
        var terms = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read() && terms.Count < maxExpansions)
        {
            var term = reader.GetString(0);
            if (EditDistance.Within(term, word, maxEdits))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <inheritdoc />
    public void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(connectionString));
}
