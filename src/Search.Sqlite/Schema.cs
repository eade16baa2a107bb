namespace Search.Sqlite;

/// <summary>The SQLite schema: documents (source of truth), facet rows, and the FTS5 full-text table.</summary>
internal static class Schema
{
    public const int Version = 1;

    /// <summary>File name of the database inside the index folder.</summary>
    public const string FileName = "archive.db";

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            date TEXT NULL,
            content_hash TEXT NULL,
            source_path TEXT NULL,
            ingested_at TEXT NOT NULL,
            article TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_date ON documents (date);
        CREATE INDEX IF NOT EXISTS documents_hash ON documents (content_hash);
        CREATE TABLE IF NOT EXISTS facets (
            dim TEXT NOT NULL,
            value TEXT NOT NULL,
            doc INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
            PRIMARY KEY (dim, value, doc)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS facets_doc ON facets (doc);
        CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
            title, body, outlet, person, topic, author,
            content = '', contentless_delete = 1,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab (fts, 'row');
        INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
        """;

    /// <summary>BM25 column weights in fts column order: title counts twice the body; metadata columns do not score.</summary>
    public const string Bm25 = "bm25(fts, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0)";

    /// <summary>The FTS5 columns searched when a clause names no field.</summary>
    public const string DefaultColumns = "{title body}";
}
