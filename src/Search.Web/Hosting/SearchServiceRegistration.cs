using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Configuration;
using Search.Core.Facets;
using Search.Core.Querying;
using Search.Core.Searching;
using Search.Sqlite;

namespace Search.Web.Hosting;

/// <summary>Wires the search service, the engine and the site into the host.</summary>
public static class SearchServiceRegistration
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        var paths = ArchivePaths.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .PostConfigure(o =>
            {
                o.IndexPath = Path.GetFullPath(string.IsNullOrWhiteSpace(o.IndexPath) ? paths.Index : o.IndexPath);
                o.SeedsPath = Path.GetFullPath(string.IsNullOrWhiteSpace(o.SeedsPath) ? paths.Seeds : o.SeedsPath);
            });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(Analyzer.Default);
        builder.Services.AddSingleton(QueryParser.Default);
        builder.Services.AddSingleton(FacetsConfig.Default);
        builder.Services.AddSingleton<SearchParametersParser>();
        builder.Services.AddSingleton<ISearchEngine>(sp =>
            SqliteSearchEngine.Open(sp.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath));
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddHostedService<SeedIndexer>();

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => SearchJson.Configure(o.SerializerOptions));
        builder.Services.AddControllersWithViews();
        return builder;
    }

    public static WebApplication UseSearchSite(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }
}
