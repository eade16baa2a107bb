namespace Search.Indexing.Tests.Support;

/// <summary>Finds the repository's folders from the test output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Search.sln not found above the test folder.");
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Labelled => Path.Combine(Root, "tests", "Search.Indexing.Tests", "Labelled");
}
