using Fido2NetLib.Objects;

namespace FitFolio.Api.Auth.Passkeys;

public sealed record PasskeyResponse(Guid Id, string Nickname, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, IReadOnlyList<string> Transports, bool BackedUp)
{
    public static PasskeyResponse From(WebAuthnCredential credential) =>
        new(credential.Id, credential.Nickname, credential.CreatedAt, credential.LastUsedAt, credential.Transports, credential.BackedUp);
}

/// <summary>A new passkey, and how many other sessions the user might now want to end.</summary>
public sealed record RegisteredPasskeyResponse(
    Guid Id, string Nickname, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, IReadOnlyList<string> Transports, bool BackedUp, int OtherSessions);

public sealed record PasskeyList(IReadOnlyList<PasskeyResponse> Items);

/// <summary>The answer to a ceremony start: where the challenge is kept, and the options for navigator.credentials.</summary>
public sealed record CeremonyStart(string ChallengeId, System.Text.Json.JsonElement Options);

/// <summary>WebAuthn transport hints as the JSON names browsers use.</summary>
public static class Transports
{
    public static string Name(AuthenticatorTransport transport) => transport switch
    {
        AuthenticatorTransport.Usb => "usb",
        AuthenticatorTransport.Nfc => "nfc",
        AuthenticatorTransport.Ble => "ble",
        AuthenticatorTransport.SmartCard => "smart-card",
        AuthenticatorTransport.Hybrid => "hybrid",
        _ => "internal",
    };

    public static AuthenticatorTransport[] Parse(IEnumerable<string> names) =>
        [.. names.Select(n => n switch
        {
            "usb" => AuthenticatorTransport.Usb,
            "nfc" => AuthenticatorTransport.Nfc,
            "ble" => AuthenticatorTransport.Ble,
            "smart-card" => AuthenticatorTransport.SmartCard,
            "hybrid" => AuthenticatorTransport.Hybrid,
            "internal" => AuthenticatorTransport.Internal,
            _ => (AuthenticatorTransport?)null,
        }).OfType<AuthenticatorTransport>()];

    public static PublicKeyCredentialDescriptor Descriptor(WebAuthnCredential credential) =>
        new(PublicKeyCredentialType.PublicKey, credential.CredentialId, Parse(credential.Transports));
}
