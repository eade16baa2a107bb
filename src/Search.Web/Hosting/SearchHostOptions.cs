using Search.Core.Configuration;

namespace Search.Web.Hosting;

/// <summary>Host options: the repository's wwwroot/ is the web root, wherever the process is started from.</summary>
public static class SearchHostOptions
{
    public static WebApplicationOptions Create(string[] args)
    {
        var paths = ArchivePaths.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Path.Combine(paths.Root, "src", "Search.Web") is var project && Directory.Exists(project)
                ? project
                : AppContext.BaseDirectory,
            WebRootPath = paths.WebRoot,
        };
    }
}
