using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Infrastructure.Errors;

/// <summary>Typed problem results for endpoints; `requestId` is added for all of them by <see cref="ErrorHandlingExtensions"/>.</summary>
public static class Problems
{
    public static ProblemHttpResult Problem(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A problem with members the client acts on, beside `code` (e.g. the id of the row in the way).</summary>
    public static ProblemHttpResult Problem(int status, string code, string title, string? detail, IReadOnlyDictionary<string, object?> members)
    {
        var extensions = new Dictionary<string, object?>(members) { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string what = "resource") =>
        Problem(StatusCodes.Status404NotFound, ErrorCodes.NotFound, "Not found", $"No such {what}.");

    public static ProblemHttpResult Forbidden(string title, string? detail = null) =>
        Problem(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, title, detail);

    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        Problem(StatusCodes.Status409Conflict, ErrorCodes.Conflict, title, detail);

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some fields are not valid", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed });

    /// <summary>Writes a problem from middleware, where there is no endpoint result to return.</summary>
    public static async Task WriteProblemAsync(this IProblemDetailsService service, HttpContext context, int status, string code, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        await service.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        });
    }

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });
}
