using FitFolio.Api.Account;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>
/// The user row the session lookup read with the session (same query, same request), kept on the request so an endpoint
/// that only shows the signed-in user needs no second round trip. Never shared between requests.
/// </summary>
public static class SignedInUser
{
    private static readonly object Key = new();

    internal static void Remember(HttpContext context, User user) => context.Items[Key] = user;

    /// <summary>The signed-in user's row as read while authenticating this request, or null on an anonymous request.</summary>
    public static User? Read(HttpContext context) => context.Items[Key] as User;
}
