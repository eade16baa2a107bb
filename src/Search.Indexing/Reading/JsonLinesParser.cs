using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Search.Indexing.Extraction;

namespace Search.Indexing.Reading;

/// <summary>
/// Reads JSON Lines: one article per line as <c>{"id","title","text"|"body","url","outlet","date","authors",...}</c>.
/// A line that is not a JSON object with text is rejected on its own, naming the file and line number.
/// </summary>
public static class JsonLinesParser
{
    /// <summary>Parses every non-blank line of <paramref name="text"/>.</summary>
    public static IEnumerable<SourceReader.Result> Parse(string path, string text)
    {
        var number = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{path}:{number}";
            SourceReader.Result result;
            try
            {
                using var json = JsonDocument.Parse(line);
                result = Read(json.RootElement, path, number, where, line);
            }
            catch (JsonException e)
            {
                result = new SourceReader.Result(null, new Rejection(where, $"line {number} is not valid JSON: {e.Message}"));
            }

            yield return result;
        }
    }

    private static SourceReader.Result Read(JsonElement record, string path, int number, string where, string line)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new SourceReader.Result(null, new Rejection(where, $"line {number} is not a JSON object"));
        }

        var body = Str(record, "text") ?? Str(record, "body");
        if (string.IsNullOrWhiteSpace(body))
        {
            return new SourceReader.Result(null, new Rejection(where, $"line {number} has no \"text\" or \"body\""));
        }

        var sources = new Dictionary<string, string>();
        string? Field(string name, string field)
        {
            var value = Str(record, name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                sources[field] = $"json lines \"{name}\"";
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var dateText = Field("date", "date");
        var date = dateText is null ? null : DateParser.FindAll(dateText).FirstOrDefault()?.Date;
        if (date is null)
        {
            sources.Remove("date");
        }

        var authors = record.TryGetProperty("authors", out var a) ? a.ValueKind switch
        {
            JsonValueKind.Array => a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).ToList(),
            JsonValueKind.String => [a.GetString()!.Trim()],
            _ => [],
        } : [];
        if (authors.Count > 0)
        {
            sources["authors"] = "json lines \"authors\"";
        }

        var metadata = new SourceMetadata
        {
            Title = Field("title", "title"),
            Subtitle = Field("subtitle", "subtitle"),
            Outlet = Field("outlet", "outlet"),
            Url = Field("url", "url"),
            Date = date,
            Authors = authors.Where(x => x.Length > 0).ToList(),
            Sources = sources,
        };
        var id = Str(record, "id") ?? $"{Path.GetFileNameWithoutExtension(path)}-{number}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
        return new SourceReader.Result(new SourceDocument(id, $"{path}#{number}", body, hash, metadata), null);
    }

    private static string? Str(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
