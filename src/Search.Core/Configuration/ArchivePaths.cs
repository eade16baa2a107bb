namespace Search.Core.Configuration;

/// <summary>
/// The repository's well-known folders (index/, seeds/, wwwroot/), found by walking up from a start folder to the
/// one holding Search.sln; defaults for the CLI and the site when no path is configured.
/// </summary>
/// <param name="Root">The repository root, or the start folder when no Search.sln was found above it.</param>
public sealed record ArchivePaths(string Root)
{
    /// <summary>The marker file of the repository root.</summary>
    public const string Marker = "Search.sln";

    /// <summary>Default index folder.</summary>
    public string Index => Path.Combine(Root, "index");

    /// <summary>Default seed corpus.</summary>
    public string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The site's static files.</summary>
    public string WebRoot => Path.Combine(Root, "wwwroot");

    /// <summary>Finds the repository root above the first of <paramref name="startFolders"/> that lies inside one.</summary>
    public static ArchivePaths Find(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return new ArchivePaths(dir.FullName);
                }
            }
        }

        return new ArchivePaths(Path.GetFullPath(startFolders.FirstOrDefault() ?? "."));
    }
}
