using System.Text.Json;
using Search.Core.Documents;
using Search.Core.Searching;

namespace Search.Sqlite;

/// <summary>Stores an article as JSON in its documents row, so every field (and its provenance) round-trips.</summary>
internal static class ArticleSerializer
{
    public static string Serialize(Article article) => JsonSerializer.Serialize(article, SearchJson.Options);

    public static Article Deserialize(string json) =>
        JsonSerializer.Deserialize<Article>(json, SearchJson.Options)
        ?? throw new InvalidDataException("A stored article is empty.");
}
