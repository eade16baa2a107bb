using System.CommandLine;
using Search.Core.Analysis;
using Search.Core.Querying;
using Search.Core.Searching;
using Search.Sqlite;

namespace Search.Cli;

/// <summary>What every command shares: the --index option, the output streams and how to open the archive.</summary>
internal sealed class CommandContext(Option<string> indexOption, TextWriter output, TextWriter error)
{
    public Option<string> IndexOption => indexOption;

    public TextWriter Output => output;

    public TextWriter Error => error;

    public static Analyzer Analyzer => Analyzer.Default;

    public SqliteSearchEngine OpenEngine(ParseResult result) =>
        SqliteSearchEngine.Open(Path.GetFullPath(result.GetValue(indexOption)!));

    public static SearchService Service(SqliteSearchEngine engine) =>
        new(engine, QueryParser.Default, Analyzer, TimeProvider.System);

    /// <summary>Prints an error for people and returns the exit code for bad usage.</summary>
    public int Fail(string message)
    {
        error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
