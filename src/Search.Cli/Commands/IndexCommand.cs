using System.CommandLine;
using Search.Core.Analysis;
using Search.Indexing;

namespace Search.Cli.Commands;

/// <summary>index PATH... : reads files and folders into the index.</summary>
internal static class IndexCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to index.", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string?>("--rules") { Description = "A folder of rules files replacing the built-in ones." };
        var command = new Command("index", "Index article files and folders (re-indexing a file replaces its document).")
        {
            paths, rules, context.IndexOption,
        };
        command.SetAction(result =>
        {
            using var engine = context.OpenEngine(result);
            var indexer = Indexer.Create(engine, IndexingRules.Load(result.GetValue(rules)), Analyzer.Default, TimeProvider.System);
            var report = indexer.Index(result.GetValue(paths)!, new ProgressWriter(context.Error));
            foreach (var rejection in report.Rejected)
            {
                context.Error.WriteLine($"rejected: {rejection.Path}: {rejection.Reason}");
            }

            context.Output.WriteLine($"{report.Summary}; {engine.Count()} documents in {engine.DatabasePath}");
            return report.Rejected.Count > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
        });
        return command;
    }
}
