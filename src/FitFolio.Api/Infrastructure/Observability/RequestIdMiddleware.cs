using System.Text.RegularExpressions;
using Serilog.Context;

namespace FitFolio.Api.Infrastructure.Observability;

/// <summary>
/// Gives every request an id: a well-formed incoming X-Request-ID is kept (so a proxy's id threads through),
/// anything else is replaced. The id becomes HttpContext.TraceIdentifier, a log property and a response header.
/// </summary>
public sealed partial class RequestIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Request-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var requestId = WellFormed().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty("RequestId", requestId))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,128}$")]
    private static partial Regex WellFormed();
}
