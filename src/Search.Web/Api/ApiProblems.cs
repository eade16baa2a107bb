using Search.Core.Querying;
using Search.Core.Searching;

namespace Search.Web.Api;

/// <summary>RFC 9457 problem responses with a stable machine-readable code.</summary>
public static class ApiProblems
{
    public static IResult QuerySyntax(QuerySyntaxException e) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The query could not be parsed.",
        detail: $"{e.Message} (at position {e.Position})",
        type: $"/docs/errors#{e.Code}",
        extensions: new Dictionary<string, object?> { ["code"] = e.Code, ["position"] = e.Position, ["parameter"] = "q" });

    public static IResult Parameter(SearchParameterException e) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "A parameter is invalid.",
        detail: e.Message,
        type: $"/docs/errors#{e.Code}",
        extensions: new Dictionary<string, object?> { ["code"] = e.Code, ["parameter"] = e.Parameter });

    public static IResult NotFound(string what) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: what,
        type: "/docs/errors#not-found",
        extensions: new Dictionary<string, object?> { ["code"] = "not-found" });
}
