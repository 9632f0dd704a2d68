using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;
using FitFolio.Api.Account;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Auth.Passkeys;

public sealed record RegisterFinishRequest(string? ChallengeId, JsonElement Credential, string? Nickname);

/// <summary>
/// Adds a passkey to the signed-in user (WebAuthn L3 §7.1). Fido2 runs the verification steps; this class owns what the
/// library leaves to the relying party: the challenge's single use and binding, credential-id uniqueness in the
/// database, rotating the session afterwards, and the audit trail.
/// </summary>
public sealed partial class PasskeyRegistration(
    FitFolioDbContext db,
    IFido2 fido2,
    RelyingParty relyingParty,
    ChallengeStore challenges,
    SessionTokenService sessions,
    SessionCookie cookie,
    LoginAudit audit,
    TimeProvider time,
    ILogger<PasskeyRegistration> logger)
{
    public const string DefaultNickname = "Passkey";

    public async Task<CeremonyStart> StartAsync(User user, CancellationToken cancellationToken)
    {
        var existing = await db.WebAuthnCredentials.AsNoTracking().Where(c => c.UserId == user.Id).ToListAsync(cancellationToken);
        var options = CredentialCreateOptions.Create(
            relyingParty.Configuration,
            ChallengeStore.NewChallenge(),
            new Fido2User { Id = RelyingParty.UserHandle(user.Id), Name = user.Email, DisplayName = user.DisplayName },
            // Discoverable credentials: sign-in never lists a user's credential ids, so the authenticator must find them itself.
            new AuthenticatorSelection { ResidentKey = ResidentKeyRequirement.Required, UserVerification = UserVerificationRequirement.Required },
            AttestationConveyancePreference.None,
            [.. existing.Select(Transports.Descriptor)], // the authenticator refuses to make a second credential for this user
            null,
            RelyingParty.Algorithms);
        var json = options.ToJson();
        var challengeId = await challenges.SaveAsync(new PendingCeremony(Ceremony.Registration, user.Id, true, json), cancellationToken);
        return new CeremonyStart(challengeId, JsonDocument.Parse(json).RootElement.Clone());
    }

    public async Task<Results<Created<RegisteredPasskeyResponse>, ProblemHttpResult>> FinishAsync(
        HttpContext context, RegisterFinishRequest request, string nickname, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();

        // The challenge is used once, and only by the user who asked for it.
        var pending = await challenges.TakeAsync(request.ChallengeId, Ceremony.Registration, cancellationToken);
        if (pending is null || pending.UserId != userId)
        {
            await FailedAsync(context, userId, "invalid_challenge", cancellationToken);
            return CeremonyProblems.InvalidChallenge();
        }

        if (!CredentialJson.TryReadAttestation(request.Credential, out var attestation, out var malformed))
        {
            await FailedAsync(context, userId, malformed, cancellationToken);
            return CeremonyProblems.Failed(malformed);
        }

        RegisteredPublicKeyCredential verified;
        try
        {
            // Fido2: type webauthn.create, challenge, origin, rpIdHash, UP, UV (required in the options), alg in
            // pubKeyCredParams, the "none" attestation statement, and the id uniqueness callback below.
            verified = await fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = attestation,
                OriginalOptions = CredentialCreateOptions.FromJson(pending.OptionsJson),
                IsCredentialIdUniqueToUserCallback = async (candidate, ct) =>
                    !await db.WebAuthnCredentials.AnyAsync(c => c.CredentialId == candidate.CredentialId, ct),
            }, cancellationToken);
        }
        catch (Fido2VerificationException e) when (e.Code == Fido2ErrorCode.NonUniqueCredentialId)
        {
            await FailedAsync(context, userId, "credential_already_registered", cancellationToken);
            return CeremonyProblems.AlreadyRegistered();
        }
        catch (Exception e) when (CeremonyProblems.IsClientFault(e))
        {
            var reason = CeremonyProblems.Reason(e);
            LogRefused(logger, e, reason);
            await FailedAsync(context, userId, reason, cancellationToken);
            return CeremonyProblems.Failed(reason);
        }

        var now = time.GetUtcNow();
        var credential = new WebAuthnCredential
        {
            UserId = userId,
            CredentialId = verified.Id,
            PublicKey = verified.PublicKey,
            SignCount = verified.SignCount,
            Transports = [.. (verified.Transports ?? []).Select(Transports.Name).Distinct()],
            Nickname = nickname,
            AaGuid = verified.AaGuid,
            BackupEligible = verified.IsBackupEligible,
            BackedUp = verified.IsBackedUp,
            CreatedAt = now,
        };
        db.WebAuthnCredentials.Add(credential);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another registration of the same credential id may have won the race to the unique index.
            db.ChangeTracker.Clear();
            if (!await IsRegisteredAsync(verified.Id, cancellationToken))
            {
                throw;
            }

            await FailedAsync(context, userId, "credential_already_registered", cancellationToken);
            return CeremonyProblems.AlreadyRegistered();
        }

        await RotateSessionAsync(context, cancellationToken);
        await audit.RecordAsync(LoginEventTypes.PasskeyAdded, userId, context, new { passkeyId = credential.Id, credential.Nickname, aaGuid = credential.AaGuid }, cancellationToken);
        var sessionId = context.User.GetSessionId();
        var otherSessions = (await sessions.ListActiveAsync(userId, cancellationToken)).Count(s => s.Id != sessionId);
        return TypedResults.Created(
            $"/api/v1/auth/passkeys/{credential.Id}",
            new RegisteredPasskeyResponse(credential.Id, credential.Nickname, credential.CreatedAt, credential.LastUsedAt, credential.Transports, credential.BackedUp, otherSessions));
    }

    /// <summary>A new token after a passkey is added, and the old one dies at once.</summary>
    private async Task RotateSessionAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var sessionId = context.User.GetSessionId();
        var current = cookie.ReadCurrent(context);
        var rotated = current is null ? null : await sessions.RotateAfterReauthenticationAsync(sessionId, current, cancellationToken);
        if (rotated is not null)
        {
            var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
            cookie.Write(context, rotated, session.ExpiresAt);
            return;
        }

        // A concurrent request rotated or ended this session first: end it rather than leave a token that was not renewed.
        await sessions.RevokeAsync(context.User.GetUserId(), sessionId, cancellationToken);
        cookie.Delete(context);
    }

    private Task<bool> IsRegisteredAsync(byte[] credentialId, CancellationToken cancellationToken) =>
        db.WebAuthnCredentials.AsNoTracking().AnyAsync(c => c.CredentialId == credentialId, cancellationToken);

    private Task FailedAsync(HttpContext context, Guid userId, string reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(LoginEventTypes.PasskeyRegistrationFailed, userId, context, new { reason }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passkey registration refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, Exception exception, string reason);
}
