using Microsoft.AspNetCore.Mvc;

namespace Search.Web.Controllers;

/// <summary>
/// Where unhandled errors and empty error responses land: problem+json for the API, a friendly page for the site.
/// Never a stack trace.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{status:int?}")]
    public IActionResult Index(int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path
            ?? string.Empty;
        if (original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: code, title: code == 404 ? "Not found." : "The request could not be completed.");
        }

        Response.StatusCode = code;
        return View(code);
    }
}
