using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>
/// The session cookie (docs/SECURITY.md): HttpOnly, SameSite=Lax, Path=/, no Domain; over HTTPS also Secure and named
/// with the __Host- prefix, which browsers only accept under exactly those attributes.
/// </summary>
public sealed class SessionCookie(IOptions<AppOptions> app)
{
    private readonly bool _secure = app.Value.UsesHttps;

    public string Name => _secure ? "__Host-fitfolio_session" : "fitfolio_session";

    public string? Read(HttpContext context) => context.Request.Cookies[Name];

    /// <summary>
    /// The token of the session this request is authenticated by: the cookie's, or the new one when validation rotated
    /// it during this request (the cookie's is dead by then).
    /// </summary>
    public string? ReadCurrent(HttpContext context) => context.Items[CurrentTokenKey] as string ?? Read(context);

    internal static void RememberCurrent(HttpContext context, string token) => context.Items[CurrentTokenKey] = token;

    private static readonly object CurrentTokenKey = new();

    public void Write(HttpContext context, string token, DateTimeOffset expiresAt) =>
        context.Response.Cookies.Append(Name, token, Options(expiresAt));

    public void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(null));

    private CookieOptions Options(DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = _secure,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expiresAt,
        IsEssential = true,
    };
}
