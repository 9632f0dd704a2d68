using FitFolio.Api.Auth.Audit;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>The one way a user becomes signed in, whatever proved who they are (magic link, passkey).</summary>
public sealed class SignIn(SessionTokenService sessions, SessionCookie cookie, LoginAudit audit)
{
    public async Task CompleteAsync(HttpContext context, Guid userId, string method, CancellationToken cancellationToken)
    {
        // A session the browser already had is replaced, not reused: every sign-in gets a new token (no fixation).
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await sessions.RevokeAsync(context.User.GetUserId(), context.User.GetSessionId(), cancellationToken);
        }

        var (session, token) = await sessions.StartAsync(userId, context.Connection.RemoteIpAddress, context.Request.Headers.UserAgent, cancellationToken);
        cookie.Write(context, token, session.ExpiresAt);
        await audit.RecordAsync(LoginEventTypes.SignIn, userId, context, new { method, sessionId = session.Id }, cancellationToken);
    }
}
