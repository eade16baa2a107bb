namespace Search.Sqlite.Tests;

/// <summary>An engine over a fresh index folder that is deleted afterwards.</summary>
internal sealed class TemporaryIndex : IDisposable
{
    public TemporaryIndex()
    {
        Directory = Path.Combine(Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N"));
        Engine = SqliteSearchEngine.Open(Directory);
    }

    public string Directory { get; }

    public SqliteSearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
