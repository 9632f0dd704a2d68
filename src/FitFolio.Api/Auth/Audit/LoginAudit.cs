using System.Text.Json;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Infrastructure.Redis;

namespace FitFolio.Api.Auth.Audit;

/// <summary>The event types written to login_events; the SPA shows friendly labels for them.</summary>
public static class LoginEventTypes
{
    public const string MagicLinkRequested = "magic_link_requested";
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string Logout = "logout";
    public const string LogoutAll = "logout_all";
    public const string SessionRevoked = "session_revoked";
    public const string PasskeyAdded = "passkey_added";
    public const string PasskeyRenamed = "passkey_renamed";
    public const string PasskeyRemoved = "passkey_removed";
    public const string PasskeyRegistrationFailed = "passkey_registration_failed";
    public const string SignCountRegression = "sign_count_regression";
    public const string RateLimited = "rate_limited";
    public const string AdminGranted = "admin_granted";
    public const string AdminRevoked = "admin_revoked";
    public const string UserDisabled = "admin_user_disabled";
    public const string UserEnabled = "admin_user_enabled";
    public const string UserSignedOut = "admin_user_signed_out";
    public const string UserDeleted = "admin_user_deleted";
    public const string InvitationCreated = "invitation_created";
    public const string InvitationRevoked = "invitation_revoked";
}

/// <summary>Writes the sign-in audit trail: who, what, when, from where — never a token.</summary>
public sealed class LoginAudit(FitFolioDbContext db, TimeProvider time, IEphemeralStore store)
{
    /// <summary>
    /// Records the event only if none with this <paramref name="onceKey"/> was recorded within <paramref name="window"/>,
    /// so a flood of failures or rejections from one client writes one row, not one per request.
    /// </summary>
    public async Task RecordOncePerWindowAsync(
        string eventType, string onceKey, TimeSpan window, HttpContext context, object? extra = null, CancellationToken cancellationToken = default)
    {
        if (await store.TryAddAsync($"audit-once:{eventType}:{onceKey}", "1", window, cancellationToken))
        {
            await RecordAsync(eventType, null, context, extra, cancellationToken);
        }
    }

    public Task RecordAsync(string eventType, Guid? userId, HttpContext context, object? extra = null, CancellationToken cancellationToken = default) =>
        RecordAsync(eventType, userId, context.Connection.RemoteIpAddress, context.Request.Headers.UserAgent.ToString(), extra, cancellationToken);

    /// <summary>Records an event from wherever it happened; the command line has no address or user agent.</summary>
    public async Task RecordAsync(string eventType, Guid? userId, System.Net.IPAddress? ip, string? userAgent, object? extra, CancellationToken cancellationToken)
    {
        db.LoginEvents.Add(new LoginEvent
        {
            UserId = userId,
            EventType = eventType,
            CreatedAt = time.GetUtcNow(),
            IpAddress = ip,
            UserAgent = userAgent is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 512)] : null,
            Extra = JsonSerializer.Serialize(extra ?? new { }, JsonSerializerOptions.Web),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
