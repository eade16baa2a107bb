using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Searching;
using Search.Indexing.Cleaning;
using Search.Indexing.Deduplication;
using Search.Indexing.Extraction;
using Search.Indexing.Reading;

namespace Search.Indexing;

/// <summary>
/// The indexing pipeline: read files and folders, clean, extract metadata, link near-duplicates, and store the
/// articles in the engine in batches (each batch atomic). Re-indexing a file replaces its document; content already
/// indexed (same id, or the same bytes under another name) is skipped.
/// </summary>
public sealed class Indexer
{
    /// <summary>How many inputs pass between two progress reports.</summary>
    public const int ProgressInterval = 100;

    private readonly ISearchEngine engine;
    private readonly SourceReader reader;
    private readonly ArticleExtractor extractor;
    private readonly NearDuplicateDetector duplicates;

    /// <summary>Creates the pipeline.</summary>
    public Indexer(ISearchEngine engine, SourceReader reader, ArticleExtractor extractor)
    {
        this.engine = engine;
        this.reader = reader;
        this.extractor = extractor;
        duplicates = new NearDuplicateDetector(engine);
    }

    /// <summary>Builds the pipeline from rules, with the analyzer the engine uses for topic queries.</summary>
    public static Indexer Create(ISearchEngine engine, IndexingRules rules, Analyzer analyzer, TimeProvider time) =>
        new(engine, new SourceReader(), new ArticleExtractor(
            new TextCleaner(rules.Cleaning),
            new OutletDetector(rules.Outlets),
            new BylineParser(rules.Outlets.Agencies),
            new PersonExtractor(rules.Persons),
            new TopicClassifier(rules.Topics, QueryParser.Default, new ArticleMatcher(analyzer)),
            time));

    /// <summary>Indexes every supported file under <paramref name="paths"/>.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="batchSize">Documents per transaction.</param>
    /// <param name="progress">Told after each document (indexed or skipped), each rejection, and every
    /// <see cref="ProgressInterval"/> inputs with the running counts.</param>
    public IndexReport Index(IEnumerable<string> paths, int batchSize = 256, Action<string>? progress = null) =>
        Run(paths, batchSize, progress, counts => progress?.Invoke(counts.ToString()));

    /// <summary>Indexes every supported file under <paramref name="paths"/>, reporting running counts every
    /// <see cref="ProgressInterval"/> inputs and once at the end.</summary>
    public IndexReport Index(IEnumerable<string> paths, IProgress<IndexProgress> progress, int batchSize = 256) =>
        Run(paths, batchSize, null, progress.Report);

    private IndexReport Run(IEnumerable<string> paths, int batchSize, Action<string>? perDocument, Action<IndexProgress> periodic)
    {
        var batch = new List<Article>(batchSize);
        var rejected = new List<Rejection>();
        var (read, indexed, updated, unchanged) = (0, 0, 0, 0);
        IndexProgress Counts() => new(read, indexed, updated, unchanged, rejected.Count);
        foreach (var result in reader.Read(paths))
        {
            read++;
            if (read % ProgressInterval == 0)
            {
                periodic(Counts());
            }

            if (result.Rejection is { } rejection)
            {
                rejected.Add(rejection);
                perDocument?.Invoke($"rejected {rejection.Path}: {rejection.Reason}");
                continue;
            }

            var source = result.Document!;
            var existing = engine.Find(source.Id) ?? batch.LastOrDefault(a => a.Id == source.Id);
            if (existing?.Provenance?.ContentHash == source.ContentHash
                || (existing is null && engine.FindByContentHash(source.ContentHash) is not null))
            {
                unchanged++;
                perDocument?.Invoke($"unchanged {source.Id}");
                continue;
            }

            var article = extractor.Extract(source);
            if (duplicates.Find(article) is { } original)
            {
                article = article with
                {
                    NearDuplicateOf = original,
                    FieldSources = new Dictionary<string, string>(article.FieldSources) { ["nearDuplicateOf"] = "shingle containment" },
                };
            }

            batch.Add(article);
            indexed++;
            updated += existing is null ? 0 : 1;
            perDocument?.Invoke($"{(existing is null ? "indexed" : "updated")} {source.Id}");
            if (batch.Count >= batchSize)
            {
                Flush(batch);
            }
        }

        Flush(batch);
        periodic(Counts());
        return new IndexReport(indexed, unchanged, rejected, updated);
    }

    private void Flush(List<Article> batch)
    {
        // The same id twice in one batch: the last one wins, as it would across batches.
        engine.Upsert(batch.GroupBy(a => a.Id).Select(g => g.Last()).ToList());
        batch.Clear();
    }
}
