using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Indexing.Cleaning;
using Search.Indexing.Reading;

namespace Search.Indexing.Extraction;

/// <summary>
/// Turns a decoded source into an <see cref="Article"/>: cleans it, then reads the header (date line, headline,
/// standfirst, byline, photo caption), the body, a dateline, the outlet, persons and topics. Each field records
/// where it came from in <see cref="Article.FieldSources"/>.
/// </summary>
public sealed partial class ArticleExtractor
{
    private const int HeaderLines = 8;
    private const int MaxHeadingLength = 300;
    private readonly TextCleaner cleaner;
    private readonly OutletDetector outlets;
    private readonly BylineParser bylines;
    private readonly PersonExtractor persons;
    private readonly TopicClassifier topics;
    private readonly TimeProvider time;

    /// <summary>Creates an extractor from its parts.</summary>
    public ArticleExtractor(
        TextCleaner cleaner, OutletDetector outlets, BylineParser bylines, PersonExtractor persons, TopicClassifier topics, TimeProvider time)
    {
        this.cleaner = cleaner;
        this.outlets = outlets;
        this.bylines = bylines;
        this.persons = persons;
        this.topics = topics;
        this.time = time;
    }

    /// <summary>Extracts the article from <paramref name="source"/>.</summary>
    public Article Extract(SourceDocument source)
    {
        var lines = cleaner.CleanLines(source.Text);
        var sources = new Dictionary<string, string>();
        var header = ReadHeader(lines, sources);
        var body = string.Join("\n\n", lines.Skip(header.BodyStart).Where(l => l.Length > 0 && l != header.Title));

        var (date, kind) = (header.Date, header.Date is null ? DateKind.Unknown : DateKind.Stated);
        if (date is null && Dateline().Match(body) is { Success: true } dateline
            && DateParser.ParseLine(dateline.Groups["date"].Value) is { } datelineDate)
        {
            (date, kind) = (datelineDate, DateKind.Stated);
            sources["date"] = "dateline";
        }

        if (date is null && DateParser.FindAll(body).MaxBy(d => d.Date) is { } latest)
        {
            (date, kind) = (latest.Date, DateKind.Inferred);
            sources["date"] = "latest date mentioned in the text";
        }

        var outlet = outlets.Detect(source.Text);
        if (outlet is { } o)
        {
            sources["outlet"] = o.Source;
        }

        var title = header.Title ?? FirstWords(body);
        var mentioned = persons.Extract(title + "\n\n" + body)
            .Where(p => !header.Byline.Authors.Contains(p, StringComparer.Ordinal))
            .ToList();
        var article = new Article
        {
            Id = source.Id,
            Title = title,
            Subtitle = header.Subtitle,
            Body = body,
            Outlet = outlet?.Name,
            Agency = header.Byline.Agency,
            Date = date,
            DateKind = kind,
            Authors = header.Byline.Authors,
            Persons = mentioned,
            FieldSources = sources,
            Provenance = new Provenance(source.Path, source.ContentHash, time.GetUtcNow()),
        };
        return article with { Topics = topics.Classify(article) };
    }

    private Header ReadHeader(IReadOnlyList<string> lines, Dictionary<string, string> sources)
    {
        var header = new Header();
        var i = 0;
        for (; i < lines.Count && i < HeaderLines; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (header.Date is null && DateParser.ParseLine(line) is { } date)
            {
                header.Date = date;
                sources["date"] = "header date line";
            }
            else if (header.Byline.Authors.Count == 0 && bylines.Parse(line) is { } byline)
            {
                header.Byline = byline;
                sources["authors"] = "byline";
            }
            else if (Caption().IsMatch(line))
            {
                sources["caption"] = line;
            }
            else if (header.Title is null && line.Length <= MaxHeadingLength)
            {
                header.Title = line;
                sources["title"] = "first heading line";
            }
            else if (header.Title is not null && line == header.Title)
            {
                continue;
            }
            else if (header.Title is not null && header.Subtitle is null && line.Length <= MaxHeadingLength
                     && !line.EndsWith('.') && NextNonEmpty(lines, i) == header.Title)
            {
                header.Subtitle = line;
                sources["subtitle"] = "standfirst line";
            }
            else
            {
                break;
            }
        }

        header.BodyStart = i;
        return header;
    }

    private static string? NextNonEmpty(IReadOnlyList<string> lines, int i) =>
        lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);

    private static string FirstWords(string body)
    {
        var words = body.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "(untitled)" : string.Join(' ', words.Take(12)) + (words.Length > 12 ? "\u2026" : string.Empty);
    }

    /// <summary>A photo caption with its credit: "... Valery Sharifulin / TASS" or "... [Stringer/EPA/EFE]".</summary>
    [GeneratedRegex(@"(?:\s/\s*[A-Z][A-Za-z]{1,15}|\[[^\]]*/[^\]]*\])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    /// <summary>A wire-style dateline opening the body: "Jan. 6, 2022 (EIRNS)—" or "NUR-SULTAN, Jan 13 (Reuters) -".</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Z -]+,\s*)?(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s*\([A-Za-z]{2,12}\)\s*[-\u2013\u2014]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    private sealed class Header
    {
        public DateOnly? Date { get; set; }

        public string? Title { get; set; }

        public string? Subtitle { get; set; }

        public Byline Byline { get; set; } = new([], null);

        public int BodyStart { get; set; }
    }
}
