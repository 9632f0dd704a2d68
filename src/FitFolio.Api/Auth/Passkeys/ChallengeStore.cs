using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Redis;

namespace FitFolio.Api.Auth.Passkeys;

public enum Ceremony
{
    Registration,
    Authentication,
}

/// <summary>
/// What the server remembers between start and finish. <paramref name="UserId"/> is the user who started a registration,
/// or the user an email named at authentication start; <paramref name="UserNamed"/> says an email was given at all
/// (an unknown one leaves UserId empty, and then no credential may finish the ceremony).
/// </summary>
public sealed record PendingCeremony(Ceremony Ceremony, Guid? UserId, bool UserNamed, string OptionsJson);

/// <summary>
/// WebAuthn challenges live server-side in <see cref="IEphemeralStore"/> (Redis when configured), under an opaque random
/// challengeId, for Auth:ChallengeTtlSeconds. Finishing takes the entry with one atomic get-and-delete, so each challenge
/// is used at most once, on whichever instance the finish request reaches.
/// </summary>
public sealed class ChallengeStore(IEphemeralStore store, RelyingParty relyingParty)
{
    public const int ChallengeBytes = 32;
    private const string KeyPrefix = "webauthn-challenge:";

    /// <summary>32 random bytes for the authenticator to sign (WebAuthn L3 §13.4.3 asks for at least 16).</summary>
    public static byte[] NewChallenge() => RandomNumberGenerator.GetBytes(ChallengeBytes);

    public async Task<string> SaveAsync(PendingCeremony pending, CancellationToken cancellationToken)
    {
        var challengeId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await store.SetAsync(KeyPrefix + challengeId, JsonSerializer.Serialize(pending, JsonSerializerOptions.Web), relyingParty.ChallengeLifetime, cancellationToken);
        return challengeId;
    }

    /// <summary>
    /// The pending ceremony, removed in the same step; null when unknown, expired, already used or of the other ceremony
    /// (a wrong-ceremony attempt still burns it: whoever holds the id is not following the protocol).
    /// </summary>
    public async Task<PendingCeremony?> TakeAsync(string? challengeId, Ceremony ceremony, CancellationToken cancellationToken)
    {
        if (challengeId is not { Length: 43 } || !Base64Url.IsValid(challengeId))
        {
            return null;
        }

        var json = await store.TakeAsync(KeyPrefix + challengeId, cancellationToken);
        if (json is null)
        {
            return null;
        }

        var pending = JsonSerializer.Deserialize<PendingCeremony>(json, JsonSerializerOptions.Web);
        return pending?.Ceremony == ceremony ? pending : null;
    }
}
