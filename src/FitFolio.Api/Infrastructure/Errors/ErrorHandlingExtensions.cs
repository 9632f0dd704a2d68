using System.Text.Json;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using StackExchange.Redis;

namespace FitFolio.Api.Infrastructure.Errors;

public static class ErrorHandlingExtensions
{
    /// <summary>RFC 9457 problem details for every failure, each with `code` and `requestId`.</summary>
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        // Registered before the framework's writer, which falls back to plain text when a browser asks for HTML.
        services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            problem.Extensions.Remove("traceId");
            problem.Extensions.TryAdd("code", ErrorCodes.ForStatus(problem.Status ?? ctx.HttpContext.Response.StatusCode));
            problem.Extensions["requestId"] = ctx.HttpContext.TraceIdentifier;
            problem.Instance ??= ctx.HttpContext.Request.Path;
            if (problem is HttpValidationProblemDetails)
            {
                problem.Extensions["code"] = ErrorCodes.ValidationFailed;
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Bodyless 4xx/5xx (unknown route, wrong method, a bare 401) become problem details too.
        app.UseStatusCodePages();
        return app;
    }
}

/// <summary>
/// Turns exceptions into problem details: the framework's bad-request errors keep their status, an unreachable Redis, or a
/// database that is down, refuses connections, has no pooled connection free or is locked, is a 503 with Retry-After (fail
/// closed: whatever needed it is refused), a full disk under the database a 503 `storage_full`, anything else a generic 500.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException { InnerException: JsonException { Path: { } path, InnerException: InvalidOperationException } })
        {
            // The JSON parser refuses a string with an unpaired surrogate escape: that is a field with unstorable text.
            problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path] = [StorableText.UnpairedSurrogate] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some fields are not valid",
                Extensions = { ["code"] = ErrorCodes.ValidationFailed },
            };
        }
        else if (exception is BadHttpRequestException bad)
        {
            var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
            problem = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = tooLarge ? "Request body too large" : "The request could not be read",
                Detail = tooLarge ? "The request body is larger than this endpoint accepts." : PublicDetail(bad),
                Extensions = { ["code"] = tooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.ForStatus(bad.StatusCode) == ErrorCodes.BadRequest ? ErrorCodes.MalformedRequest : ErrorCodes.ForStatus(bad.StatusCode) },
            };
            LogBadRequest(logger, bad.StatusCode, bad.Message);
        }
        else if (FindRedisOutage(exception) is { } outage)
        {
            LogDependencyDown(logger, $"Redis: {outage.GetType().Name}", context.Request.Method, context.Request.Path, RetryAfterSeconds);
            problem = DependencyUnavailable(context);
        }
        else if (DatabaseErrors.IsStorageFull(exception))
        {
            LogStorageFull(logger, context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "FitFolio cannot store anything right now",
                Detail = "The server's disk is full. Nothing was saved; please try again later.",
                Extensions = { ["code"] = ErrorCodes.StorageFull },
            };
        }
        else if (DatabaseErrors.UnavailableCause(exception) is { } cause)
        {
            LogDependencyDown(logger, cause, context.Request.Method, context.Request.Path, RetryAfterSeconds);
            problem = DependencyUnavailable(context);
        }
        else
        {
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side",
                Detail = "The error has been logged. Quote the request id if you report it.",
                Extensions = { ["code"] = ErrorCodes.InternalError },
            };
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// How long a client should wait before asking again after a 503 `dependency_unavailable`: long enough for an
    /// exhausted pool or a restarting database to drain or come back, short enough that a lifter barely notices.
    /// </summary>
    public const int RetryAfterSeconds = 5;

    // Retry-After tells well-behaved clients (the SPA's queries and offline queue) to back off instead of hammering.
    private static ProblemDetails DependencyUnavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "A service FitFolio depends on is unavailable",
            Detail = "Please try again in a moment.",
            Extensions = { ["code"] = ErrorCodes.DependencyUnavailable },
        };
    }

    // Redis failures can reach us wrapped (Data Protection's key ring, the rate limiter), so the whole chain is searched.
    private static RedisException? FindRedisOutage(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is RedisConnectionException or RedisTimeoutException)
            {
                return (RedisException)exception;
            }
        }

        return null;
    }

    // The framework's messages name the parameter and what was wrong with the JSON; the inner JsonException's path is useful too.
    private static string PublicDetail(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json && json.Path is not null
            ? $"{bad.Message} The JSON is not valid at '{json.Path}'."
            : bad.Message;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bad request ({Status}): {Reason}")]
    private static partial void LogBadRequest(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database's disk is full on {Method} {Path}: answered 503")]
    private static partial void LogStorageFull(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dependency unavailable ({Cause}) on {Method} {Path}: answered 503, Retry-After {RetryAfterSeconds} s")]
    private static partial void LogDependencyDown(ILogger logger, string cause, string method, string path, int retryAfterSeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}

/// <summary>Writes every problem as application/problem+json, whatever the Accept header asks for.</summary>
internal sealed class JsonProblemDetailsWriter(
    Microsoft.Extensions.Options.IOptions<ProblemDetailsOptions> options,
    Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
