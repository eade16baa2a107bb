using Search.Core.Querying;
using Search.Core.Searching;

namespace Search.Web.Api;

/// <summary>The JSON API: /api/search and /api/documents/{id}.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search with facets, highlighted snippets and paging.")
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/documents/{id}", Document)
            .WithName("GetDocument")
            .WithSummary("One stored document with all its metadata and provenance.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static IResult Search(HttpRequest request, SearchService service, SearchParametersParser parser)
    {
        try
        {
            var parameters = parser.Parse(QueryValues.Of(request.Query));
            return Results.Json(service.Search(parameters), SearchJson.Options);
        }
        catch (QuerySyntaxException e)
        {
            return ApiProblems.QuerySyntax(e);
        }
        catch (SearchParameterException e)
        {
            return ApiProblems.Parameter(e);
        }
    }

    private static IResult Document(string id, SearchService service) =>
        service.Find(id) is { } article
            ? Results.Json(article, SearchJson.Options)
            : ApiProblems.NotFound($"No document has the id '{id}'.");
}
