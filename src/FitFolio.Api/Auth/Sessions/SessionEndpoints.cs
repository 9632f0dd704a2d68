using FitFolio.Api.Account;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Auth.Sessions;

public sealed record SessionItem(
    Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, string? IpAddress, string? UserAgent, bool Current);

public sealed record SessionList(IReadOnlyList<SessionItem> Items);

/// <param name="IsAdmin">Whether the user is an admin of this instance: the app offers the admin screens only then.</param>
public sealed record MeResponse(UserResponse User, bool IsAdmin);

public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder auth)
    {
        auth.MapGet("/me", GetMe).RequireAuthorization();
        auth.MapPost("/logout", Logout);
        auth.MapPost("/logout-all", LogoutAll).RequireAuthorization();
        auth.MapGet("/sessions", ListSessions).RequireAuthorization();
        auth.MapDelete("/sessions/{id:guid}", RevokeSession).RequireAuthorization();
        return auth;
    }

    /// <summary>The user row comes from the session lookup of this very request: no second query.</summary>
    private static Results<Ok<MeResponse>, ProblemHttpResult> GetMe(HttpContext context) =>
        SignedInUser.Read(context) is { } user ? TypedResults.Ok(new MeResponse(UserResponse.From(user), user.IsAdmin)) : Problems.NotFound("user");

    /// <summary>Ends this browser's session server-side; answers 204 even when it had none.</summary>
    private static async Task<NoContent> Logout(HttpContext context, SessionTokenService sessions, SessionCookie cookie, LoginAudit audit, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var userId = context.User.GetUserId();
            await sessions.RevokeAsync(userId, context.User.GetSessionId(), cancellationToken);
            await audit.RecordAsync(LoginEventTypes.Logout, userId, context, new { sessionId = context.User.GetSessionId() }, cancellationToken);
        }

        cookie.Delete(context);
        return TypedResults.NoContent();
    }

    /// <summary>Ends every session of the user, this one included. Not behind re-authentication: it is the panic button.</summary>
    private static async Task<NoContent> LogoutAll(HttpContext context, SessionTokenService sessions, SessionCookie cookie, LoginAudit audit, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var ended = await sessions.RevokeAllAsync(userId, exceptSessionId: null, cancellationToken);
        await audit.RecordAsync(LoginEventTypes.LogoutAll, userId, context, new { ended }, cancellationToken);
        cookie.Delete(context);
        return TypedResults.NoContent();
    }

    private static async Task<SessionList> ListSessions(HttpContext context, SessionTokenService sessions, CancellationToken cancellationToken)
    {
        var current = context.User.GetSessionId();
        var items = await sessions.ListActiveAsync(context.User.GetUserId(), cancellationToken);
        return new SessionList([.. items.Select(s => new SessionItem(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.IpAddress?.ToString(), s.UserAgent, s.Id == current))]);
    }

    /// <summary>Ends one session. Ending this browser's own is a logout; ending another needs a recent sign-in.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeSession(
        Guid id, HttpContext context, SessionTokenService sessions, SessionCookie cookie, Reauthentication reauth, LoginAudit audit, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var isCurrent = id == context.User.GetSessionId();
        if (!isCurrent && !reauth.IsRecent(context.User))
        {
            return reauth.Required();
        }

        if (!await sessions.RevokeAsync(userId, id, cancellationToken))
        {
            return Problems.NotFound("session");
        }

        await audit.RecordAsync(isCurrent ? LoginEventTypes.Logout : LoginEventTypes.SessionRevoked, userId, context, new { sessionId = id }, cancellationToken);
        if (isCurrent)
        {
            cookie.Delete(context);
        }

        return TypedResults.NoContent();
    }
}
