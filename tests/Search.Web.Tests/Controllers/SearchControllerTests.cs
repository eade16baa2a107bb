using System.Net;

namespace Search.Web.Tests.Controllers;

public sealed class SearchControllerTests(SearchSiteFactory factory) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Index_Lpg_ListsEverySeedWithHighlights()
    {
        var html = await client.GetStringAsync("/?q=LPG");

        Assert.Contains("5 results", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(html, "class=\"hit\""));
        Assert.Contains("<mark>LPG</mark>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"LPG\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_HostileQuery_IsShownAsText()
    {
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<script>alert(1)</script> <img src=x onerror=alert(2)>"));

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MalformedQuery_ExplainsTheProblem()
    {
        var response = await client.GetAsync("/?q=%22open");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("never closed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FacetLinks_AreBookmarkableUrls()
    {
        var html = await client.GetStringAsync("/?q=LPG");

        Assert.Contains("href=\"/?q=LPG&amp;outlet=RT\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_WithQuery_MarksEveryMatch()
    {
        var html = await client.GetStringAsync("/documents/003_4d20954c5f8e0d49?q=LPG");

        Assert.Contains("Violence Continues in Kazakhstan", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "<mark>LPG</mark>"));
    }

    [Fact]
    public async Task Document_Unknown_IsAFriendly404Page()
    {
        var response = await client.GetAsync("/documents/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Search the archive", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
