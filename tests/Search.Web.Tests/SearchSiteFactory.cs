using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Search.Core.Configuration;

namespace Search.Web.Tests;

/// <summary>The site over a fresh index folder, seeded from the repository's seeds/ at start.</summary>
public sealed class SearchSiteFactory : WebApplicationFactory<Program>
{
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "search-web-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Search:IndexPath", indexPath);
        builder.UseSetting("Search:SeedsPath", ArchivePaths.Find(AppContext.BaseDirectory).Seeds);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(indexPath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
