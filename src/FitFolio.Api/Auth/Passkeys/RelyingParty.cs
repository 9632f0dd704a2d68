using Fido2NetLib;
using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Passkeys;

/// <summary>
/// Who we are to an authenticator: RP ID = WebAuthn:RpId or the host of App:PublicUrl, origins =
/// WebAuthn:Origins or App:PublicUrl. Fido2 compares clientDataJSON.origin and the rpIdHash against exactly these.
/// </summary>
public sealed class RelyingParty
{
    /// <summary>The allowed algorithms (ES256, EdDSA, RS256), in the order authenticators should prefer them.</summary>
    public static readonly IReadOnlyList<PubKeyCredParam> Algorithms = [PubKeyCredParam.ES256, PubKeyCredParam.Ed25519, PubKeyCredParam.RS256];

    public RelyingParty(IConfiguration configuration, IOptions<AppOptions> app, IOptions<WebAuthnOptions> webAuthn, IOptions<AuthOptions> auth)
    {
        var publicUrl = new Uri(app.Value.PublicUrl);
        var origins = ConfigurationCheck.SplitList(configuration, "WebAuthn:Origins");
        Origins = origins.Length > 0
            ? [.. origins.Select(o => new Uri(o).GetLeftPart(UriPartial.Authority))]
            : [publicUrl.GetLeftPart(UriPartial.Authority)];
        RpId = string.IsNullOrWhiteSpace(webAuthn.Value.RpId) ? publicUrl.Host : webAuthn.Value.RpId.Trim();
        ChallengeLifetime = TimeSpan.FromSeconds(auth.Value.ChallengeTtlSeconds);
        Configuration = new Fido2Configuration
        {
            RPID = RpId,
            RPName = webAuthn.Value.RpName,
            Origins = new HashSet<string>(Origins, StringComparer.Ordinal),
            Timeout = (uint)ChallengeLifetime.TotalMilliseconds,
            ChallengeSize = ChallengeStore.ChallengeBytes,
        };
    }

    public string RpId { get; }
    public IReadOnlyList<string> Origins { get; }
    public TimeSpan ChallengeLifetime { get; }
    public Fido2Configuration Configuration { get; }

    /// <summary>The WebAuthn user handle of a user: the 16 bytes of the id, never the email.</summary>
    public static byte[] UserHandle(Guid userId) => userId.ToByteArray(bigEndian: true);
}
