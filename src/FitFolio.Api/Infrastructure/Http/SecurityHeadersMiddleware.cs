using Scalar.AspNetCore;

namespace FitFolio.Api.Infrastructure.Http;

/// <summary>The security headers (docs/SECURITY.md) on every page and API call.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    // The API reference at /docs runs Scalar's bootstrap script under a nonce made for each request; its inline styles
    // are the one relaxation left, and only on that page.
    private static string DocsContentSecurityPolicy(object? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is string value ? $" 'nonce-{value}'" : "")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs")
                ? DocsContentSecurityPolicy(context.Items[ScalarOptions.NonceHttpContextItemKey])
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            // API answers are per-user, and a cookie (a rotated session token) must never sit in a shared cache.
            if (context.Request.Path.StartsWithSegments("/api") || headers.SetCookie.Count > 0)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
