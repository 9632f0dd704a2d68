using Microsoft.Net.Http.Headers;

namespace FitFolio.Api.Infrastructure.Http;

public static class SpaHosting
{
    private static readonly string[] ServerPrefixes = ["/api", "/healthz", "/openapi", "/docs"];

    /// <summary>
    /// Serves the built SPA from wwwroot: hashed files under /assets cached for a year, everything else revalidated,
    /// and client-side routes answered with index.html. A fallback endpoint would hide 405s from the API (it matches
    /// every method and path), so the fallback is a rewrite that runs only when routing found no endpoint at all.
    /// </summary>
    public static WebApplication UseSpaFiles(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null && IsClientRoute(context.Request))
            {
                context.Request.Path = "/index.html";
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                ctx.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        return app;
    }

    /// <summary>A page of the SPA: a GET that is not under the server's own prefixes and does not name a file.</summary>
    public static bool IsClientRoute(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        var path = request.Path.Value ?? "/";
        if (ServerPrefixes.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return !lastSegment.Contains('.', StringComparison.Ordinal);
    }
}
