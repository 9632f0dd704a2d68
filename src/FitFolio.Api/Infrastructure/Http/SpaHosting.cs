using Microsoft.Net.Http.Headers;

namespace FitFolio.Api.Infrastructure.Http;

public static class SpaHosting
{
    /// <summary>
    /// Serves the built SPA from wwwroot: hashed files under /assets cached for a year, everything else revalidated,
    /// and client-side routes answered with index.html (never /api, /healthz, /openapi, /docs or a missing file).
    /// </summary>
    public static WebApplication UseSpaFiles(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                ctx.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    public static WebApplication MapSpaFallback(this WebApplication app)
    {
        app.MapFallbackToFile("{*path:spa}", "index.html", new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
        return app;
    }
}

/// <summary>Matches client-side routes only: not the server's own prefixes and not a path that names a file.</summary>
public sealed class SpaPathConstraint : IRouteConstraint
{
    private static readonly string[] ServerPrefixes = ["api", "healthz", "openapi", "docs"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values[routeKey]?.ToString() ?? "";
        var firstSegment = path.Split('/', 2)[0];
        if (ServerPrefixes.Contains(firstSegment, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return !lastSegment.Contains('.', StringComparison.Ordinal);
    }
}
