using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// A passkey authenticator in software, in the manner of fido2-net-lib's own tests: an ECDSA key, authenticator data built
/// byte by byte, a "none" attestation, and assertion signatures. Its properties are the knobs a test turns to produce
/// exactly one wrong thing (origin, RP ID, flags, counter, algorithm).
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private const byte FlagUserPresent = 0x01;
    private const byte FlagUserVerified = 0x04;
    private const byte FlagBackupEligible = 0x08;
    private const byte FlagBackedUp = 0x10;
    private const byte FlagAttestedCredentialData = 0x40;

    private readonly ECDsa _key;
    private readonly int _coseAlgorithm;

    /// <summary>ES256 on P-256 by default; ES512 (COSE -36, P-521) for an algorithm the server does not list.</summary>
    public SoftwareAuthenticator(bool es512 = false)
    {
        _coseAlgorithm = es512 ? -36 : -7;
        _key = ECDsa.Create(es512 ? ECCurve.NamedCurves.nistP521 : ECCurve.NamedCurves.nistP256);
    }

    public byte[] CredentialId { get; set; } = RandomNumberGenerator.GetBytes(32);
    public byte[]? UserHandle { get; set; }
    public string Origin { get; set; } = "http://localhost:8080";

    /// <summary>The RP ID whose hash goes into authenticator data; null = the one the options name.</summary>
    public string? RpIdOverride { get; set; }

    public bool UserPresent { get; set; } = true;
    public bool UserVerified { get; set; } = true;
    public bool BackupEligible { get; set; } = true;
    public bool BackedUp { get; set; }

    /// <summary>The counter the next registration or assertion reports; it then goes up by one, as a hardware key's does.</summary>
    public uint SignCount { get; set; } = 1;

    public string IdBase64Url => Base64Url.EncodeToString(CredentialId);

    /// <summary>navigator.credentials.create() → PublicKeyCredential.toJSON(), for the given creation options JSON.</summary>
    public Dictionary<string, object> Create(JsonElement options)
    {
        var rpId = RpIdOverride ?? options.GetProperty("rp").GetProperty("id").GetString()!;
        UserHandle = Base64Url.DecodeFromChars(options.GetProperty("user").GetProperty("id").GetString());
        var clientData = ClientData("webauthn.create", options.GetProperty("challenge").GetString()!);
        var authData = AuthenticatorData(rpId, FlagAttestedCredentialData, SignCount++, AttestedCredentialData());
        var attestation = new CborWriter(CborConformanceMode.Lax);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authData);
        attestation.WriteEndMap();
        return new Dictionary<string, object>
        {
            ["id"] = IdBase64Url,
            ["rawId"] = IdBase64Url,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["clientExtensionResults"] = new Dictionary<string, object>(),
            ["response"] = new Dictionary<string, object>
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
                ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
                ["transports"] = new[] { "internal", "hybrid" },
            },
        };
    }

    /// <summary>navigator.credentials.get() → PublicKeyCredential.toJSON(), for the given request options JSON.</summary>
    public Dictionary<string, object> Get(JsonElement options)
    {
        var rpId = RpIdOverride ?? options.GetProperty("rpId").GetString()!;
        var clientData = ClientData("webauthn.get", options.GetProperty("challenge").GetString()!);
        var authData = AuthenticatorData(rpId, 0, SignCount++, attested: null);
        var signature = _key.SignData([.. authData, .. SHA256.HashData(clientData)], Hash, DSASignatureFormat.Rfc3279DerSequence);
        var response = new Dictionary<string, object>
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["signature"] = Base64Url.EncodeToString(signature),
        };
        if (UserHandle is not null)
        {
            response["userHandle"] = Base64Url.EncodeToString(UserHandle);
        }

        return new Dictionary<string, object>
        {
            ["id"] = IdBase64Url,
            ["rawId"] = IdBase64Url,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["clientExtensionResults"] = new Dictionary<string, object>(),
            ["response"] = response,
        };
    }

    private HashAlgorithmName Hash => _coseAlgorithm == -36 ? HashAlgorithmName.SHA512 : HashAlgorithmName.SHA256;

    private byte[] ClientData(string type, string challenge) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["type"] = type, ["challenge"] = challenge, ["origin"] = Origin, ["crossOrigin"] = false });

    /// <summary>rpIdHash (32) | flags (1) | signCount (4, big-endian) | attested credential data, WebAuthn L3 §6.1.</summary>
    private byte[] AuthenticatorData(string rpId, byte extraFlags, uint signCount, byte[]? attested)
    {
        var flags = extraFlags;
        flags |= UserPresent ? FlagUserPresent : (byte)0;
        flags |= UserVerified ? FlagUserVerified : (byte)0;
        flags |= BackupEligible ? FlagBackupEligible : (byte)0;
        flags |= BackedUp ? FlagBackedUp : (byte)0;
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, signCount);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, .. counter, .. attested ?? []];
    }

    /// <summary>aaguid (16, zero) | credentialIdLength (2) | credentialId | COSE_Key.</summary>
    private byte[] AttestedCredentialData()
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)CredentialId.Length);
        return [.. new byte[16], .. length, .. CredentialId, .. CoseKey()];
    }

    /// <summary>An EC2 COSE_Key (RFC 9053 §7.1.1) in CTAP2 canonical key order.</summary>
    private byte[] CoseKey()
    {
        var point = _key.ExportParameters(false).Q;
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1);
        cose.WriteInt32(2); // kty: EC2
        cose.WriteInt32(3);
        cose.WriteInt32(_coseAlgorithm);
        cose.WriteInt32(-1);
        cose.WriteInt32(_coseAlgorithm == -36 ? 3 : 1); // crv: P-521 or P-256
        cose.WriteInt32(-2);
        cose.WriteByteString(point.X!);
        cose.WriteInt32(-3);
        cose.WriteByteString(point.Y!);
        cose.WriteEndMap();
        return cose.Encode();
    }

    public void Dispose() => _key.Dispose();
}
