using System.Security.Claims;

namespace FitFolio.Api.Auth;

/// <summary>What the session handler puts in the principal, read back in one way everywhere.</summary>
public static class CurrentUser
{
    public const string SessionIdClaim = "sid";
    public const string AuthenticatedAtClaim = "auth_time";

    public static Guid GetUserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("no signed-in user"));

    public static Guid GetSessionId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(SessionIdClaim) ?? throw new InvalidOperationException("no session"));

    public static DateTimeOffset GetAuthenticatedAt(this ClaimsPrincipal user) =>
        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(user.FindFirstValue(AuthenticatedAtClaim) ?? "0", System.Globalization.CultureInfo.InvariantCulture));
}
