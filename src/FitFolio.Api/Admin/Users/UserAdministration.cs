using System.Net;
using FitFolio.Api.Account;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Admin.Users;

/// <summary>Who did an admin action, for its audit row: a signed-in admin, or the command line (no user, no address).</summary>
public sealed record AdminActor(Guid? UserId, IPAddress? Ip, string? UserAgent, string Via)
{
    public static AdminActor From(HttpContext context) =>
        new(Auth.CurrentUser.GetUserId(context.User), context.Connection.RemoteIpAddress, context.Request.Headers.UserAgent.ToString(), "api");

    public static readonly AdminActor CommandLine = new(null, null, null, "cli");
}

public enum AdminChange
{
    Done,
    NotFound,

    /// <summary>Refused: the change would leave the instance with no enabled admin.</summary>
    LastAdmin,
}

/// <summary>
/// What an admin may do to an account — grant or revoke admin, disable, enable, sign out everywhere, delete — shared by
/// the admin API and the `admin` command. Each runs in one transaction with its audit row, under the admin lock, and
/// none may leave the instance without an enabled admin.
/// </summary>
public sealed class UserAdministration(FitFolioDbContext db, SessionTokenService sessions, LoginAudit audit, TimeProvider time)
{
    public Task<AdminChange> SetAdminAsync(Guid userId, bool isAdmin, AdminActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, guardLastAdmin: !isAdmin, isAdmin ? LoginEventTypes.AdminGranted : LoginEventTypes.AdminRevoked, actor, user =>
        {
            user.IsAdmin = isAdmin;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Disabling ends every session of the user at once (the session check also refuses a disabled user's).</summary>
    public Task<AdminChange> SetDisabledAsync(Guid userId, bool disabled, AdminActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, guardLastAdmin: disabled, disabled ? LoginEventTypes.UserDisabled : LoginEventTypes.UserEnabled, actor, async user =>
        {
            user.DisabledAt = disabled ? user.DisabledAt ?? time.GetUtcNow() : null;
            if (disabled)
            {
                await sessions.RevokeAllAsync(user.Id, null, cancellationToken);
            }
        }, cancellationToken);

    public Task<AdminChange> SignOutEverywhereAsync(Guid userId, AdminActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, guardLastAdmin: false, LoginEventTypes.UserSignedOut, actor,
            user => sessions.RevokeAllAsync(user.Id, null, cancellationToken), cancellationToken);

    /// <summary>Deletes the account and all its rows, as the user's own deletion does (<see cref="AccountDeletion"/>).</summary>
    public async Task<AdminChange> DeleteAsync(User user, AdminActor actor, CancellationToken cancellationToken)
    {
        if (!await AccountDeletion.DeleteUserAsync(db, user, cancellationToken))
        {
            return AdminChange.LastAdmin;
        }

        // The actor's row, not the deleted user's: it outlives the account (and is not written when an admin deletes themselves).
        if (actor.UserId != user.Id)
        {
            await RecordAsync(LoginEventTypes.UserDeleted, user.Id, actor, cancellationToken);
        }

        return AdminChange.Done;
    }

    public Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email);
        return db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    private async Task<AdminChange> ChangeAsync(
        Guid userId, bool guardLastAdmin, string eventType, AdminActor actor, Func<User, Task> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InstanceAdmins.LockAsync(db, cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return AdminChange.NotFound;
        }

        if (guardLastAdmin && await InstanceAdmins.IsLastAdminAsync(db, userId, cancellationToken))
        {
            return AdminChange.LastAdmin;
        }

        await change(user);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(eventType, userId, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminChange.Done;
    }

    // The command line has no signed-in admin: its row goes on the account it changed, so that user sees it.
    private Task RecordAsync(string eventType, Guid targetUserId, AdminActor actor, CancellationToken cancellationToken) =>
        audit.RecordAsync(eventType, actor.UserId ?? targetUserId, actor.Ip, actor.UserAgent, new { targetUserId, via = actor.Via }, cancellationToken);
}
