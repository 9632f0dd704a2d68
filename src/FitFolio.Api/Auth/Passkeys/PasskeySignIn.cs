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

public sealed record AuthenticateStartRequest(string? Email);

public sealed record AuthenticateFinishRequest(string? ChallengeId, JsonElement Credential);

/// <summary>
/// Signs a user in with a passkey (WebAuthn L3 §7.2). Fido2 runs the verification steps; this class owns the challenge's
/// single use, finding the credential, the named user's ownership of it, the signature counter and the audit trail.
/// </summary>
public sealed partial class PasskeySignIn(
    FitFolioDbContext db,
    IFido2 fido2,
    RelyingParty relyingParty,
    ChallengeStore challenges,
    SignIn signIn,
    LoginAudit audit,
    TimeProvider time,
    ILogger<PasskeySignIn> logger)
{
    /// <summary>
    /// Never lists credential ids, with an email or without: the authenticator offers its discoverable credentials, so
    /// the answer has one shape and costs the same work for every address, known or not. A named user is remembered
    /// with the challenge only so that finish can insist the credential is theirs.
    /// </summary>
    public async Task<CeremonyStart> StartAsync(string? email, CancellationToken cancellationToken)
    {
        var named = !string.IsNullOrWhiteSpace(email);
        Guid? userId = null;
        if (named)
        {
            var normalized = EmailAddress.Normalize(email!);
            userId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        }

        var options = AssertionOptions.Create(
            relyingParty.Configuration,
            ChallengeStore.NewChallenge(),
            [],
            UserVerificationRequirement.Required,
            null);
        var json = options.ToJson();
        var challengeId = await challenges.SaveAsync(new PendingCeremony(Ceremony.Authentication, userId, named, json), cancellationToken);
        return new CeremonyStart(challengeId, JsonDocument.Parse(json).RootElement.Clone());
    }

    public async Task<Results<Ok<UserEnvelope>, ProblemHttpResult>> FinishAsync(HttpContext context, AuthenticateFinishRequest request, CancellationToken cancellationToken)
    {
        var pending = await challenges.TakeAsync(request.ChallengeId, Ceremony.Authentication, cancellationToken);
        if (pending is null)
        {
            await FailedAsync(context, null, "invalid_challenge", cancellationToken);
            return CeremonyProblems.InvalidChallenge();
        }

        if (!CredentialJson.TryReadAssertion(request.Credential, out var assertion, out var malformed))
        {
            await FailedAsync(context, pending.UserId, malformed, cancellationToken);
            return CeremonyProblems.Failed(malformed);
        }

        var stored = await db.WebAuthnCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.CredentialId == assertion.RawId, cancellationToken);
        if (stored is null)
        {
            await FailedAsync(context, pending.UserId, "unknown_credential", cancellationToken);
            return CeremonyProblems.Failed("unknown_credential");
        }

        // A disabled account's passkey answers exactly as one the server never saw; only the audit row says why.
        if (await db.Users.AnyAsync(u => u.Id == stored.UserId && u.DisabledAt != null, cancellationToken))
        {
            await FailedAsync(context, stored.UserId, "account_disabled", cancellationToken);
            return CeremonyProblems.Failed("unknown_credential");
        }

        // When an email named the user before the ceremony, only that user's credential may answer it.
        if (pending.UserNamed && stored.UserId != pending.UserId)
        {
            await FailedAsync(context, pending.UserId, "credential_not_owned_by_named_user", cancellationToken);
            return CeremonyProblems.Failed("credential_not_owned_by_named_user");
        }

        // Without a named user the user handle is what identifies the account (WebAuthn L3 §7.2 step 6).
        if (!pending.UserNamed && assertion.Response.UserHandle is null)
        {
            await FailedAsync(context, stored.UserId, "user_handle_missing", cancellationToken);
            return CeremonyProblems.Failed("user_handle_missing");
        }

        VerifyAssertionResult verified;
        try
        {
            // Fido2: type webauthn.get, challenge, origin, allowCredentials, user handle (callback), rpIdHash, UP, UV
            // (required in the options), the signature with the stored key, and a counter that went backwards.
            verified = await fido2.MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = assertion,
                OriginalOptions = AssertionOptions.FromJson(pending.OptionsJson),
                StoredPublicKey = stored.PublicKey,
                StoredSignatureCounter = (uint)stored.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (owner, _) => Task.FromResult(
                    owner.UserHandle.AsSpan().SequenceEqual(RelyingParty.UserHandle(stored.UserId))
                    && owner.CredentialId.AsSpan().SequenceEqual(stored.CredentialId)),
            }, cancellationToken);
        }
        catch (Fido2VerificationException e) when (e.Code == Fido2ErrorCode.InvalidSignCount)
        {
            return await SignCountRegressedAsync(context, stored, received: null, cancellationToken);
        }
        catch (Exception e) when (CeremonyProblems.IsClientFault(e))
        {
            var reason = CeremonyProblems.Reason(e);
            LogRefused(logger, e, reason);
            await FailedAsync(context, stored.UserId, reason, cancellationToken);
            return CeremonyProblems.Failed(reason);
        }

        // One conditional update both checks and saves the counter, so two concurrent assertions cannot both pass:
        // a regression is a stored count above zero that the new one does not exceed (Fido2 misses a new count of 0).
        var now = time.GetUtcNow();
        long received = verified.SignCount;
        var updated = await db.WebAuthnCredentials
            .Where(c => c.Id == stored.Id && (c.SignCount < received || (c.SignCount == 0 && received == 0)))
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.SignCount, received)
                .SetProperty(c => c.LastUsedAt, now)
                .SetProperty(c => c.BackedUp, verified.IsBackedUp), cancellationToken);
        if (updated == 0)
        {
            return await SignCountRegressedAsync(context, stored, received, cancellationToken);
        }

        await signIn.CompleteAsync(context, stored.UserId, "passkey", cancellationToken);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == stored.UserId, cancellationToken);
        return TypedResults.Ok(new UserEnvelope(UserResponse.From(user)));
    }

    private async Task<ProblemHttpResult> SignCountRegressedAsync(HttpContext context, WebAuthnCredential stored, long? received, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(
            LoginEventTypes.SignCountRegression, stored.UserId, context, new { passkeyId = stored.Id, storedSignCount = stored.SignCount, receivedSignCount = received }, cancellationToken);
        return CeremonyProblems.SignCountRegression();
    }

    private Task FailedAsync(HttpContext context, Guid? userId, string reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(LoginEventTypes.SignInFailed, userId, context, new { method = "passkey", reason }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passkey sign-in refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, Exception exception, string reason);
}
