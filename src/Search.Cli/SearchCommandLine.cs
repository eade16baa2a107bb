using System.CommandLine;
using Search.Cli.Commands;
using Search.Core.Configuration;

namespace Search.Cli;

/// <summary>The command tree: index, search, show.</summary>
internal static class SearchCommandLine
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var paths = ArchivePaths.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var indexOption = new Option<string>("--index")
        {
            Description = "The index folder (default: the repository's index/).",
            DefaultValueFactory = _ => paths.Index,
        };
        var context = new CommandContext(indexOption, output, error);
        return new RootCommand("Full-text search with facets over a news archive.")
        {
            IndexCommand.Create(context),
            SearchCommand.Create(context),
            ShowCommand.Create(context),
        };
    }
}
