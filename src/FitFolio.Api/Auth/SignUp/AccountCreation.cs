using FitFolio.Api.Account;
using FitFolio.Api.Admin;
using FitFolio.Api.Admin.Invitations;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Auth.SignUp;

/// <summary>
/// The one place an account is created. It asks the sign-up policy, spends the invitation when one came with the link,
/// and makes the first account of the instance its admin — under one lock, so two first sign-ins at once give one admin.
/// </summary>
public sealed class AccountCreation(FitFolioDbContext db, SignUpPolicy policy, TimeProvider time)
{
    /// <summary>The account for the address, created if the policy (or the invitation) admits it; null when it may not join.</summary>
    public async Task<User?> FindOrCreateAsync(string email, string normalizedEmail, Guid? invitationId, CancellationToken cancellationToken)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InstanceAdmins.LockAsync(db, cancellationToken);
        if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken) is { } raced)
        {
            return raced; // two first links for one address redeemed at once: the other created the account
        }

        var first = !await db.Users.AnyAsync(cancellationToken);
        // An invitation that came with the link is spent even where the policy admits the address anyway, so the admin sees it used.
        var invited = invitationId is not null && policy.HonoursInvitations && await db.Invitations
            .Where(i => i.Id == invitationId && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now
                        && (i.NormalizedEmail == null || i.NormalizedEmail == normalizedEmail))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.UsedAt, now), cancellationToken) == 1;
        if (!invited && !policy.AdmitsWithoutInvitation(normalizedEmail, first))
        {
            return null;
        }

        var user = new User(email, now) { IsAdmin = first };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        if (invited)
        {
            await db.Invitations.Where(i => i.Id == invitationId).ExecuteUpdateAsync(u => u.SetProperty(i => i.UsedByUserId, user.Id), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Whether the address could be given an account now, checked before a link is mailed (and again when it is used).</summary>
    public async Task<bool> MayJoinAsync(string normalizedEmail, Invitation? invitation, CancellationToken cancellationToken) =>
        (invitation is not null && policy.HonoursInvitations)
        || policy.AdmitsWithoutInvitation(normalizedEmail, instanceIsEmpty: !await db.Users.AnyAsync(cancellationToken));
}
