using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.MagicLinks;

/// <summary>
/// Binds a sign-in link to the browser that asked for it: `magic-link/start` sets a random nonce in a short-lived
/// HttpOnly, SameSite=Lax cookie (Secure and __Host- over HTTPS) and stores only its SHA-256 with the link, so a link
/// opened in another browser (one an attacker mailed to the victim) needs an explicit confirmation.
/// </summary>
public sealed class LinkRequestCookie(IOptions<AppOptions> app, IOptions<AuthOptions> auth)
{
    private readonly bool _secure = app.Value.UsesHttps;

    public string Name => _secure ? "__Host-fitfolio_link" : "fitfolio_link";

    /// <summary>
    /// The hash to store with a new link. A browser that already holds a nonce keeps it, so links asked for in two tabs
    /// both open at once; the cookie lives as long as a link.
    /// </summary>
    public byte[] Issue(HttpContext context)
    {
        var nonce = context.Request.Cookies[Name] is { } existing && SessionTokenService.LooksLikeToken(existing)
            ? existing
            : SessionTokenService.NewToken();
        context.Response.Cookies.Append(Name, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = _secure,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromMinutes(auth.Value.MagicLinkTtlMinutes),
            IsEssential = true,
        });
        return SessionTokenService.Hash(nonce);
    }

    /// <summary>Whether this request comes from the browser that asked for the link with this nonce hash.</summary>
    public bool IsFromRequestingBrowser(HttpContext context, byte[]? storedHash) =>
        storedHash is { Length: > 0 } && context.Request.Cookies[Name] is { } nonce && SessionTokenService.LooksLikeToken(nonce)
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(SessionTokenService.Hash(nonce), storedHash);
}
