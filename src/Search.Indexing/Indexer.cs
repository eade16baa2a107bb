using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Searching;
using Search.Indexing.Cleaning;
using Search.Indexing.Extraction;
using Search.Indexing.Reading;

namespace Search.Indexing;

/// <summary>
/// The indexing pipeline: read files and folders, clean, extract metadata, and store the articles in the engine
/// in batches (each batch atomic). Re-indexing a file replaces its document; unchanged content is skipped.
/// </summary>
public sealed class Indexer
{
    private readonly ISearchEngine engine;
    private readonly SourceReader reader;
    private readonly ArticleExtractor extractor;

    /// <summary>Creates the pipeline.</summary>
    public Indexer(ISearchEngine engine, SourceReader reader, ArticleExtractor extractor)
    {
        this.engine = engine;
        this.reader = reader;
        this.extractor = extractor;
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
    /// <param name="progress">Told after each document (indexed or skipped) and each rejection.</param>
    public IndexReport Index(IEnumerable<string> paths, int batchSize = 256, Action<string>? progress = null)
    {
        var batch = new List<Article>(batchSize);
        var rejected = new List<Rejection>();
        var (indexed, unchanged) = (0, 0);
        foreach (var result in reader.Read(paths))
        {
            if (result.Rejection is { } rejection)
            {
                rejected.Add(rejection);
                progress?.Invoke($"rejected {rejection.Path}: {rejection.Reason}");
                continue;
            }

            var source = result.Document!;
            if (engine.Find(source.Id) is { Provenance.ContentHash: var hash } && hash == source.ContentHash)
            {
                unchanged++;
                progress?.Invoke($"unchanged {source.Id}");
                continue;
            }

            batch.Add(extractor.Extract(source));
            progress?.Invoke($"indexed {source.Id}");
            if (batch.Count >= batchSize)
            {
                indexed += Flush(batch);
            }
        }

        indexed += Flush(batch);
        return new IndexReport(indexed, unchanged, rejected);
    }

    private int Flush(List<Article> batch)
    {
        // The same id twice in one batch: the last one wins, as it would across batches.
        var distinct = batch.GroupBy(a => a.Id).Select(g => g.Last()).ToList();
        engine.Upsert(distinct);
        batch.Clear();
        return distinct.Count;
    }
}
