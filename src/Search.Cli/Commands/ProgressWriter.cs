using Search.Indexing;

namespace Search.Cli.Commands;

/// <summary>Writes indexing progress counts as they come (synchronously, unlike Progress&lt;T&gt;).</summary>
internal sealed class ProgressWriter(TextWriter writer) : IProgress<IndexProgress>
{
    public void Report(IndexProgress value) => writer.WriteLine($"progress: {value}");
}
