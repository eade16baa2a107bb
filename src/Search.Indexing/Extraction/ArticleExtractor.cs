using System.Text.RegularExpressions;
using Search.Core.Documents;
using Search.Indexing.Cleaning;
using Search.Indexing.Reading;

namespace Search.Indexing.Extraction;

/// <summary>
/// Turns a decoded source into an <see cref="Article"/>: cleans it, then reads the header (date line, headline,
/// standfirst, byline, photo caption), the body, a closing byline, a dateline, the outlet, persons and topics.
/// Metadata a structured source states (JSON-LD, meta tags, JSON Lines) wins over what is read from the text.
/// Each field records where it came from in <see cref="Article.FieldSources"/>.
/// </summary>
public sealed partial class ArticleExtractor
{
    private const int HeaderLines = 8;
    private const int TrailerLines = 3;
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
        var meta = source.Metadata ?? new SourceMetadata();
        var sources = new Dictionary<string, string>();
        var lines = cleaner.CleanLines(source.Text).ToList();
        // A structured source states its headline apart from the body, so its first paragraph is body, not a heading.
        var header = source.Metadata is null ? ReadHeader(lines, sources) : new Header();
        var trailer = ReadTrailer(lines, header.BodyStart);
        var title = meta.Title ?? header.Title;
        var body = string.Join("\n\n", lines.Skip(header.BodyStart).Take(trailer.BodyEnd - header.BodyStart)
            .Where(l => l.Length > 0 && l != title));
        var byline = header.Byline.Authors.Count > 0 || header.Byline.Agency is not null ? header.Byline : trailer.Byline;
        if (header.Byline.Authors.Count == 0 && trailer.Byline.Authors.Count > 0)
        {
            sources["authors"] = "closing byline";
        }

        var captions = meta.Captions.Concat(header.Captions).Distinct(StringComparer.Ordinal).ToList();
        var dateline = DatelineParser.Parse(body);
        var (date, kind) = ReadDate(meta, header, dateline, body, captions, sources);
        var (outlet, agency) = ReadOutlet(source, meta, byline, dateline, sources);
        if (title is null)
        {
            title = FirstWords(body);
            sources["title"] = "first words of the body";
        }

        // A wire agency credited as an author ("authors": ["AFP"]) is the agency, not a person who wrote the story.
        var authors = (meta.Authors.Count > 0 ? meta.Authors : byline.Authors).Where(a => bylines.Agency(a) is null).ToList();
        if (agency is null && meta.Authors.Select(bylines.Agency).FirstOrDefault(a => a is not null) is { } credited)
        {
            agency = credited;
            sources["agency"] = "authors field";
        }
        var article = new Article
        {
            Id = source.Id,
            Title = title,
            Subtitle = meta.Subtitle ?? header.Subtitle,
            Body = body,
            Outlet = outlet,
            Agency = agency,
            Date = date,
            DateKind = kind,
            Authors = authors,
            Persons = persons.Extract(title + "\n\n" + body, authors),
            Captions = captions,
            Url = meta.Url,
            FieldSources = sources,
            Provenance = new Provenance(source.Path, source.ContentHash, time.GetUtcNow()),
        };
        foreach (var (field, origin) in meta.Sources)
        {
            sources[field] = origin;
        }

        if (article.Persons.Count > 0)
        {
            sources["persons"] = "authority file and cues in the text";
        }

        return article with { Topics = topics.Classify(article) };
    }

    private static (DateOnly? Date, DateKind Kind) ReadDate(
        SourceMetadata meta, Header header, Dateline? dateline, string body, List<string> captions, Dictionary<string, string> sources)
    {
        if (meta.Date is { } stated)
        {
            return (stated, DateKind.Stated);
        }

        if (header.Date is { } headerDate)
        {
            return (headerDate, DateKind.Stated);
        }

        var latest = DateParser.FindEvents(string.Join("\n", captions.Append(body))).MaxBy(d => d.Date);
        if (dateline is { Month: { } month, Day: { } day })
        {
            var year = dateline.Year ?? latest?.Date.Year;
            if (year is { } y && day <= DateTime.DaysInMonth(y, month))
            {
                sources["date"] = dateline.Year is null ? "dateline, year of the latest date in the text" : "dateline";
                return (new DateOnly(y, month, day), dateline.Year is null ? DateKind.Inferred : DateKind.Stated);
            }
        }

        if (latest is not null)
        {
            sources["date"] = "latest date mentioned in the text or captions";
            return (latest.Date, DateKind.Inferred);
        }

        return (null, DateKind.Unknown);
    }

    private (string? Outlet, string? Agency) ReadOutlet(
        SourceDocument source, SourceMetadata meta, Byline byline, Dateline? dateline, Dictionary<string, string> sources)
    {
        var agency = byline.Agency;
        var creditIsAgency = dateline is not null && bylines.Agency(dateline.Credit) is not null;
        if (agency is null && creditIsAgency)
        {
            agency = bylines.Agency(dateline!.Credit);
            sources["agency"] = "dateline";
        }
        else if (agency is not null)
        {
            sources["agency"] = "byline";
        }

        if (meta.Outlet is { } stated)
        {
            return (stated, agency);
        }

        if (outlets.Detect(meta.Url + "\n" + source.Text) is { } detected)
        {
            sources["outlet"] = detected.Source;
            return (detected.Name, agency);
        }

        if (OutletDetector.Host(meta.Url) is { } host)
        {
            sources["outlet"] = "url host";
            return (host, agency);
        }

        if (creditIsAgency)
        {
            // A wire story as the agency itself published it: no other publisher is named.
            sources["outlet"] = "dateline";
            return (agency, agency);
        }

        return (null, agency);
    }

    private Header ReadHeader(List<string> lines, Dictionary<string, string> sources)
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
            else if (Caption().IsMatch(line) && line.Length <= MaxHeadingLength * 2)
            {
                header.Captions.Add(line);
                sources["captions"] = "photo caption with credit";
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

    /// <summary>A byline closing the story ("[Edited by X/Y]"); the body ends before it.</summary>
    private (Byline Byline, int BodyEnd) ReadTrailer(List<string> lines, int bodyStart)
    {
        var checkedLines = 0;
        for (var i = lines.Count - 1; i >= bodyStart && checkedLines < TrailerLines; i--)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            checkedLines++;
            if (bylines.Parse(lines[i]) is { } byline)
            {
                return (byline, i);
            }
        }

        return (new Byline([], null), lines.Count);
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

    private sealed class Header
    {
        public DateOnly? Date { get; set; }

        public string? Title { get; set; }

        public string? Subtitle { get; set; }

        public Byline Byline { get; set; } = new([], null);

        public List<string> Captions { get; } = [];

        public int BodyStart { get; set; }
    }
}
