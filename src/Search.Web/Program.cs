using Search.Web.Api;
using Search.Web.Hosting;

var builder = WebApplication.CreateBuilder(SearchHostOptions.Create(args));
builder.AddSearch();

var app = builder.Build();
app.UseSearchSite();
app.MapSearchApi();
app.MapOpenApi();
app.MapControllers();
app.Run();

/// <summary>The web application's entry point (public for WebApplicationFactory tests).</summary>
public partial class Program;
