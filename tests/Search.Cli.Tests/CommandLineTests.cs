using System.Text.Json;
using Search.Core.Configuration;

namespace Search.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string index = Path.Combine(Path.GetTempPath(), "search-cli-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string seeds = ArchivePaths.Find(AppContext.BaseDirectory).Seeds;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = SearchCommandLine.Build(output, error).Parse(args).Invoke();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Index_ThenSearchJson_FindsEverySeed()
    {
        var indexed = Run("index", seeds, "--index", index);
        var searched = Run("search", "LPG", "--json", "--index", index);

        Assert.Equal(0, indexed.Exit);
        Assert.Contains("indexed 5", indexed.Output, StringComparison.Ordinal);
        Assert.Equal(0, searched.Exit);
        var json = JsonDocument.Parse(searched.Output).RootElement;
        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal(5, json.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public void Index_Twice_ReplacesRatherThanDuplicates()
    {
        Run("index", seeds, "--index", index);
        var again = Run("index", seeds, "--index", index);

        Assert.Contains("unchanged 5", again.Output, StringComparison.Ordinal);
        Assert.Contains("5 documents", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_MissingAndBinaryFiles_AreRejectedWithReasonsAndTheRestIndexed()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.Copy(Path.Combine(seeds, "000_5f5dc7df008e3661.txt"), Path.Combine(folder, "good.txt"));
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x00, 0x01]);

        var result = Run("index", folder, Path.Combine(folder, "missing.txt"), "--index", index);

        Assert.Equal(1, result.Exit);
        Assert.Contains("indexed 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("binary.txt: the file is binary", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or folder", result.Error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Search_WithFilters_AppliesThem()
    {
        Run("index", seeds, "--index", index);

        var result = Run("search", "", "--outlet", "RT", "--sort", "oldest", "--json", "--index", index);

        var hits = JsonDocument.Parse(result.Output).RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal("RT", h.GetProperty("outlet").GetString()));
        Assert.True(string.CompareOrdinal(hits[0].GetProperty("date").GetString(), hits[1].GetProperty("date").GetString()) < 0);
    }

    [Fact]
    public void Search_MalformedQuery_ExitsWithUsageErrorAndPosition()
    {
        var result = Run("search", "\"open", "--index", index);

        Assert.Equal(2, result.Exit);
        Assert.Contains("at position 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_PrintsTheStoredDocument()
    {
        Run("index", seeds, "--index", index);

        var text = Run("show", "003_4d20954c5f8e0d49", "--index", index);
        var missing = Run("show", "nope", "--index", index);

        Assert.Equal(0, text.Exit);
        Assert.Contains("Violence Continues in Kazakhstan", text.Output, StringComparison.Ordinal);
        Assert.Equal(3, missing.Exit);
    }
}
