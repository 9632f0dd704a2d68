using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace FitFolio.Api.Infrastructure.Http;

/// <summary>
/// Refuses bodies above the endpoint's limit (1 MiB unless it declares its own) with 413 before anything reads them.
/// Kestrel enforces the same limit on chunked bodies as they stream in.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const long DefaultLimitBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimitBytes;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"This endpoint accepts at most {limit} bytes.",
                    Extensions = { ["code"] = ErrorCodes.PayloadTooLarge },
                },
            });
            return;
        }

        await next(context);
    }
}
