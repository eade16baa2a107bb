using System.Security.Cryptography;
using System.Text;

namespace Search.Indexing.Reading;

/// <summary>
/// Reads input files and folders (walked recursively) as UTF-8 text (a BOM is tolerated), rejecting what is not an
/// article: binary files, invalid UTF-8, empty files and files over the size limit (8 MiB by default). Plain text
/// (.txt) is one article per file, HTML (.html, .htm) one page per file, JSON Lines (.jsonl, .ndjson) one per line.
/// </summary>
public sealed class SourceReader
{
    /// <summary>The default largest file accepted: 8 MiB.</summary>
    public const long DefaultMaxFileBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".jsonl", ".ndjson" };
    private readonly long maxFileBytes;

    /// <summary>Creates a reader.</summary>
    /// <param name="maxFileBytes">Largest file accepted, in bytes.</param>
    public SourceReader(long maxFileBytes = DefaultMaxFileBytes) => this.maxFileBytes = maxFileBytes;

    /// <summary>Reads every supported file under the given paths; each is either a document or a rejection.</summary>
    public IEnumerable<Result> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                foreach (var result in ReadFile(path))
                {
                    yield return result;
                }
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
                });
                foreach (var file in files.Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
                {
                    foreach (var result in ReadFile(file))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                yield return new Result(null, new Rejection(path, "no such file or folder"));
            }
        }
    }

    private IEnumerable<Result> ReadFile(string path)
    {
        var decoded = Decode(path);
        if (decoded.Rejection is not null)
        {
            return [decoded];
        }

        var document = decoded.Document!;
        return Path.GetExtension(document.Path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => [new Result(HtmlArticleParser.Parse(document.Id, document.Path, document.Text, document.ContentHash), null)],
            ".jsonl" or ".ndjson" => JsonLinesParser.Parse(document.Path, document.Text),
            _ => [decoded],
        };
    }

    private Result Decode(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var length = new FileInfo(full).Length;
            if (length == 0)
            {
                return Reject(path, "the file is empty");
            }

            if (length > maxFileBytes)
            {
                return Reject(path, $"the file is {length:N0} bytes; the limit is {maxFileBytes:N0}");
            }

            var bytes = File.ReadAllBytes(full);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                return Reject(path, "the file is binary (it contains NUL bytes)");
            }

            string text;
            try
            {
                var preamble = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
                text = StrictUtf8.GetString(bytes, preamble, bytes.Length - preamble);
            }
            catch (DecoderFallbackException)
            {
                return Reject(path, "the file is not valid UTF-8 text");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Reject(path, "the file holds only white space");
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new Result(new SourceDocument(Path.GetFileNameWithoutExtension(full), full, text, hash), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reject(path, $"the file cannot be read: {e.Message}");
        }
    }

    private static Result Reject(string path, string reason) => new(null, new Rejection(path, reason));

    /// <summary>Either a document or a rejection.</summary>
    /// <param name="Document">The decoded document, when accepted.</param>
    /// <param name="Rejection">Why the input was rejected, otherwise.</param>
    public sealed record Result(SourceDocument? Document, Rejection? Rejection);
}
