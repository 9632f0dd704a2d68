using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Csrf;

public sealed record CsrfTokenResponse(string Token);

/// <summary>
/// ASP.NET Core Antiforgery for a JSON API: the SPA gets a request token from GET /auth/csrf (which also sets the
/// cookie token) and sends it as X-CSRF-Token on every unsafe request under /api. The framework only checks forms
/// on its own, so <see cref="CsrfMiddleware"/> enforces it for every endpoint, before any body is read.
/// </summary>
public static class CsrfProtection
{
    public const string HeaderName = "X-CSRF-Token";

    public static IServiceCollection AddCsrfProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = (configuration.GetSection(AppOptions.Section).Get<AppOptions>() ?? new AppOptions()).UsesHttps;
        services.AddAntiforgery(o =>
        {
            o.HeaderName = HeaderName;
            o.Cookie.Name = secure ? "__Host-fitfolio_csrf" : "fitfolio_csrf";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.Path = "/";
            o.SuppressXFrameOptionsHeader = true; // SecurityHeadersMiddleware sends it on every response already
        });
        services.AddSingleton<InsecureTransport>();
        services.AddSingleton<AcceptedTokenPairs>();
        return services;
    }

    public static RouteGroupBuilder MapCsrfEndpoints(this RouteGroupBuilder auth)
    {
        auth.MapGet("/csrf", GetToken);
        return auth;
    }

    /// <summary>A request token bound to the current user (or to nobody before sign-in).</summary>
    private static async Task<Results<Ok<CsrfTokenResponse>, EmptyHttpResult>> GetToken(HttpContext context, IAntiforgery antiforgery, InsecureTransport insecure) =>
        await insecure.RefusedAsync(context) ? TypedResults.Empty : TypedResults.Ok(new CsrfTokenResponse(antiforgery.GetAndStoreTokens(context).RequestToken!));
}

/// <summary>
/// Over HTTPS the CSRF cookie is Secure, and Antiforgery throws on a plain-HTTP request. Behind a TLS-terminating proxy
/// that is not trusted (ForwardedHeaders:KnownProxies), every request looks like plain HTTP: answer a clear 400 and log
/// one warning naming the setting, instead of a 500 and a stack trace per request.
/// </summary>
public sealed partial class InsecureTransport(IOptions<AppOptions> app, IProblemDetailsService problems, ILogger<InsecureTransport> logger)
{
    private int _warned;

    public async Task<bool> RefusedAsync(HttpContext context)
    {
        if (!app.Value.UsesHttps || context.Request.IsHttps)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogPlainHttp(logger, app.Value.PublicUrl);
        }

        await problems.WriteProblemAsync(context, StatusCodes.Status400BadRequest, ErrorCodes.HttpsRequired, "HTTPS required",
            "This site is served over HTTPS; the request arrived over plain HTTP.");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "App:PublicUrl is {PublicUrl} but requests arrive over plain HTTP: if a reverse proxy terminates TLS, list it in ForwardedHeaders:KnownProxies (or KnownNetworks) so its X-Forwarded-Proto is trusted. Unsafe API calls are refused until then.")]
    private static partial void LogPlainHttp(ILogger logger, string publicUrl);
}

public sealed partial class CsrfMiddleware(
    RequestDelegate next, IAntiforgery antiforgery, AcceptedTokenPairs accepted, IProblemDetailsService problems, InsecureTransport insecure, ILogger<CsrfMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsUnsafe(context.Request.Method) && context.Request.Path.StartsWithSegments("/api") && context.GetEndpoint() is not null)
        {
            if (await insecure.RefusedAsync(context))
            {
                return;
            }

            try
            {
                if (!accepted.WereAccepted(context))
                {
                    await antiforgery.ValidateRequestAsync(context);
                    accepted.Remember(context);
                }
            }
            catch (AntiforgeryValidationException e)
            {
                LogRejected(logger, context.Request.Method, context.Request.Path.Value, e.Message);
                await problems.WriteProblemAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.CsrfFailed, "Missing or invalid CSRF token",
                    $"Fetch a token from GET /api/v1/auth/csrf and send it in the {CsrfProtection.HeaderName} header. Tokens change when you sign in or out.");
                return;
            }
        }

        await next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    [LoggerMessage(Level = LogLevel.Information, Message = "CSRF check failed on {Method} {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, string? path, string reason);
}
