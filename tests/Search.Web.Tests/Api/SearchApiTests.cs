using System.Net;
using System.Text.Json;

namespace Search.Web.Tests.Api;

public sealed class SearchApiTests(SearchSiteFactory factory) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Search_Lpg_FindsEverySeedWithMarkedSnippets()
    {
        var json = await GetJson("/api/search?q=LPG");

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal("LPG", json.GetProperty("query").GetString());
        Assert.Equal("relevance", json.GetProperty("sort").GetString());
        Assert.All(json.GetProperty("hits").EnumerateArray(), hit =>
            Assert.Contains(hit.GetProperty("snippets").EnumerateArray(), s => s.GetString()!.Contains("<mark>LPG</mark>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_ResponseHasTheDocumentedShape()
    {
        var json = await GetJson("/api/search?q=LPG&pageSize=2");

        foreach (var name in new[] { "query", "total", "page", "pageSize", "sort", "tookMs", "hits", "facets" })
        {
            Assert.True(json.TryGetProperty(name, out _), name);
        }

        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "outlet", "date", "authors", "persons", "topics", "score", "snippets" })
        {
            Assert.True(hit.TryGetProperty(name, out _), name);
        }

        var facets = json.GetProperty("facets");
        foreach (var name in new[] { "outlet", "date", "person", "topic" })
        {
            Assert.Equal(JsonValueKind.Array, facets.GetProperty(name).ValueKind);
        }

        Assert.Equal(2, json.GetProperty("hits").GetArrayLength());
        Assert.Matches(@"^\d{4}-\d{2}$", facets.GetProperty("date")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Search_OutletFilter_NarrowsHitsButNotTheOutletFacet()
    {
        var json = await GetJson("/api/search?q=LPG&outlet=RT");

        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Equal("RT", h.GetProperty("outlet").GetString()));
        Assert.True(json.GetProperty("facets").GetProperty("outlet").GetArrayLength() > 1);
    }

    [Fact]
    public async Task Search_EmptyQuery_MatchesEveryDocument() =>
        Assert.Equal(5, (await GetJson("/api/search")).GetProperty("total").GetInt32());

    [Theory]
    [InlineData("/api/search?q=%22open", "unterminated-phrase")]
    [InlineData("/api/search?q=(", "unbalanced-parenthesis")]
    [InlineData("/api/search?pageSize=1000", "invalid-pagesize")]
    [InlineData("/api/search?sort=best", "invalid-sort")]
    [InlineData("/api/search?from=yesterday", "invalid-date")]
    public async Task Search_BadInput_IsProblemJsonWithCode(string url, string code)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_Known_ReturnsEveryField()
    {
        var json = await GetJson("/api/documents/002_56d4d25df92e9528");

        Assert.Equal("002_56d4d25df92e9528", json.GetProperty("id").GetString());
        Assert.Equal("The Moscow Times", json.GetProperty("outlet").GetString());
        Assert.EndsWith("002_56d4d25df92e9528.txt", json.GetProperty("provenance").GetProperty("sourcePath").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_Unknown_Is404ProblemJson()
    {
        var response = await client.GetAsync("/api/documents/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheSearchEndpoint()
    {
        var json = await GetJson("/openapi/v1.json");

        Assert.True(json.GetProperty("paths").TryGetProperty("/api/search", out _));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/documents/{id}", out _));
    }
}
