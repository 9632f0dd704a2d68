using System.Net;
using System.Security.Cryptography;
using FitFolio.Api.Account;
using FitFolio.Api.Admin.Invitations;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Auth.SignUp;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.MagicLinks;

/// <summary>Why a verification failed, for the audit trail only: the client always hears `invalid_token`.</summary>
public enum MagicLinkFailure
{
    Unknown,
    Used,
    Expired,

    /// <summary>The address has no account and the sign-up policy no longer admits it.</summary>
    SignUpRefused,

    /// <summary>An admin disabled the account after the link was sent.</summary>
    AccountDisabled,
}

public sealed record MagicLinkRedemption(User? User, string Next, MagicLinkFailure? Failure);

/// <summary>What a start did, for the audit trail only: the client hears the same 202 whatever happened.</summary>
/// <param name="Refusal">Null when a link was mailed; else why not (`sign_up_refused`, `account_disabled`).</param>
public sealed record MagicLinkStart(Guid? UserId, string? Refusal);

/// <summary>
/// Issues and redeems single-use sign-in links. Only the SHA-256 of a token is stored; redemption is one atomic
/// UPDATE, so of any number of concurrent redemptions exactly one wins.
/// </summary>
public sealed class MagicLinkService(
    FitFolioDbContext db, TimeProvider time, IOptions<AuthOptions> auth, IOptions<AppOptions> app, IEmailQueue mail, AccountCreation accounts)
{
    /// <summary>
    /// Creates a link for the address (voiding older ones) and queues the mail. Known and unknown addresses take the
    /// same steps, so neither the answer nor its timing tells them apart; the mail goes to the stored address. An address
    /// the sign-up policy does not admit (no account, no invitation that fits it) gets no link and no mail; a disabled
    /// account gets a mail saying so instead of a link.
    /// </summary>
    public async Task<MagicLinkStart> StartAsync(
        string email, string? next, string? invitationToken, IPAddress? requestedFrom, byte[] browserBindingHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var typed = EmailAddress.Canonical(email);
        var normalized = EmailAddress.Normalize(typed);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        var token = SessionTokenService.NewToken();
        var invitation = user is null ? await db.Invitations.FindAdmittingAsync(invitationToken, normalized, now, cancellationToken) : null;
        var refusal = user is { DisabledAt: not null } ? "account_disabled"
            : user is null && !await accounts.MayJoinAsync(normalized, invitation, cancellationToken) ? "sign_up_refused"
            : null;

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (db.IsPostgres)
            {
                // Read committed lets concurrent starts each void only the links committed before them; one lock per address serialises them.
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtextextended({normalized}, 0))", cancellationToken);
            }

            await db.MagicLinkTokens
                .Where(t => t.NormalizedEmail == normalized && t.UsedAt == null && t.ExpiresAt > now)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, now), cancellationToken);
            if (refusal is null)
            {
                db.MagicLinkTokens.Add(new MagicLinkToken
                {
                    TokenHash = SessionTokenService.Hash(token),
                    Email = typed,
                    NormalizedEmail = normalized,
                    UserId = user?.Id,
                    InvitationId = invitation?.Id,
                    Next = next,
                    CreatedAt = now,
                    ExpiresAt = now.AddMinutes(auth.Value.MagicLinkTtlMinutes),
                    RequestedFromIp = requestedFrom,
                    BrowserBindingHash = browserBindingHash,
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (refusal is null)
        {
            await mail.EnqueueAsync(MagicLinkMail.Compose(user?.Email ?? typed, VerifyUrl(token), auth.Value.MagicLinkTtlMinutes, isNewAccount: user is null), cancellationToken);
        }
        else if (user is not null)
        {
            await mail.EnqueueAsync(MagicLinkMail.ComposeDisabled(user.Email), cancellationToken);
        }

        return new MagicLinkStart(user?.Id, refusal);
    }

    /// <summary>The link behind a token if it can still be redeemed, without spending it.</summary>
    public async Task<MagicLinkToken?> FindRedeemableAsync(string token, CancellationToken cancellationToken)
    {
        if (!SessionTokenService.LooksLikeToken(token))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var hash = SessionTokenService.Hash(token);
        return await db.MagicLinkTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Spends the token (once, atomically) and returns its user, creating the account on first use.</summary>
    public async Task<MagicLinkRedemption> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        if (!SessionTokenService.LooksLikeToken(token))
        {
            return new(null, "/", MagicLinkFailure.Unknown);
        }

        var now = time.GetUtcNow();
        var hash = SessionTokenService.Hash(token);
        var won = await db.MagicLinkTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;
        var link = await db.MagicLinkTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (!won || link is null)
        {
            var failure = link is null ? MagicLinkFailure.Unknown : link.UsedAt is not null ? MagicLinkFailure.Used : MagicLinkFailure.Expired;
            return new(null, "/", failure);
        }

        // The policy is asked again: an allowlist or an invitation may have changed since the link was mailed.
        var user = await accounts.FindOrCreateAsync(link.Email, link.NormalizedEmail, link.InvitationId, cancellationToken);
        return user is null ? new(null, "/", MagicLinkFailure.SignUpRefused)
            : user.DisabledAt is not null ? new(null, "/", MagicLinkFailure.AccountDisabled)
            : new(user, link.Next ?? "/", null);
    }

    private Uri VerifyUrl(string token) => new(new Uri(app.Value.PublicUrl), $"/auth/verify?token={token}");
}
