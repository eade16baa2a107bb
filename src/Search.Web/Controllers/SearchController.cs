using Microsoft.AspNetCore.Mvc;
using Search.Core.Facets;
using Search.Core.Querying;
using Search.Core.Searching;
using Search.Web.Api;
using Search.Web.Presentation;

namespace Search.Web.Controllers;

/// <summary>The site: the search page and the document page. Thin: the search service does the work.</summary>
public sealed class SearchController(SearchService service, SearchParametersParser parser, FacetsConfig facets) : Controller
{
    [HttpGet("/")]
    public IActionResult Index()
    {
        SearchParameters parameters;
        try
        {
            parameters = parser.Parse(QueryValues.Of(Request.Query));
        }
        catch (SearchParameterException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var fallback = new SearchParameters { Q = Request.Query["q"].LastOrDefault() };
            return View(new SearchPage(new SearchState(fallback), null, $"{e.Parameter}: {e.Message}", facets));
        }

        var state = new SearchState(parameters);
        try
        {
            return View(new SearchPage(state, service.Search(parameters), null, facets));
        }
        catch (QuerySyntaxException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SearchPage(state, null, $"{e.Message} (at position {e.Position + 1})", facets));
        }
    }

    [HttpGet("/documents/{id}")]
    public IActionResult Document(string id, string? q)
    {
        var article = service.Find(id);
        if (article is null)
        {
            return NotFound();
        }

        string body;
        try
        {
            body = service.HighlightBody(article, q);
        }
        catch (QuerySyntaxException)
        {
            body = service.HighlightBody(article, null);
        }

        return View(new DocumentPage(article, body, q ?? string.Empty));
    }
}
