using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Searching;
using Search.Indexing;

namespace Search.Web.Hosting;

/// <summary>At start, indexes the seed corpus when the index is empty, before the site serves requests.</summary>
internal sealed class SeedIndexer(
    ISearchEngine engine, Analyzer analyzer, IOptions<SearchOptions> options, TimeProvider time, ILogger<SeedIndexer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var seeds = options.Value.SeedsPath;
        if (engine.Count() > 0)
        {
            return Task.CompletedTask;
        }

        if (!Directory.Exists(seeds) && !File.Exists(seeds))
        {
            logger.LogWarning("The index is empty and the seeds path {Seeds} does not exist; the site starts empty", seeds);
            return Task.CompletedTask;
        }

        logger.LogInformation("The index is empty: indexing {Seeds} into {Index}", seeds, options.Value.IndexPath);
        var report = Indexer.Create(engine, IndexingRules.Load(), analyzer, time).Index([seeds]);
        foreach (var rejection in report.Rejected)
        {
            logger.LogWarning("Rejected {Path}: {Reason}", rejection.Path, rejection.Reason);
        }

        logger.LogInformation("Indexed {Count} seed documents", report.Indexed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
