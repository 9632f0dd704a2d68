using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fido2NetLib;

namespace FitFolio.Api.Auth.Passkeys;

/// <summary>
/// Reads the browser's <c>PublicKeyCredential.toJSON()</c> (base64url fields) into Fido2's raw responses. Anything that
/// is not that shape is refused here, before Fido2 sees it, with a short reason for the audit trail.
/// </summary>
public static class CredentialJson
{
    // Transports Fido2 4.3 knows; newer ones a browser may report are dropped instead of failing the ceremony.
    private static readonly HashSet<string> KnownTransports = ["usb", "nfc", "ble", "smart-card", "hybrid", "internal"];

    public static bool TryReadAttestation(JsonElement credential, [NotNullWhen(true)] out AuthenticatorAttestationRawResponse? response, out string reason)
    {
        response = null;
        if (!TryNormalize(credential, out var node, out reason))
        {
            return false;
        }

        if (node["response"] is JsonObject body && body["transports"] is JsonArray transports)
        {
            body["transports"] = new JsonArray([.. transports
                .Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                .Where(s => s is not null && KnownTransports.Contains(s))
                .Distinct()
                .Select(s => (JsonNode)JsonValue.Create(s)!)]);
        }

        response = Deserialize<AuthenticatorAttestationRawResponse>(node, ref reason);
        if (response is { Response.AttestationObject.Length: > 0, Response.ClientDataJson.Length: > 0 } && IdMatchesRawId(response.Id, response.RawId))
        {
            return true;
        }

        reason = reason.Length > 0 ? reason : "incomplete_credential";
        response = null;
        return false;
    }

    public static bool TryReadAssertion(JsonElement credential, [NotNullWhen(true)] out AuthenticatorAssertionRawResponse? response, out string reason)
    {
        response = null;
        if (!TryNormalize(credential, out var node, out reason))
        {
            return false;
        }

        response = Deserialize<AuthenticatorAssertionRawResponse>(node, ref reason);
        if (response is { Response.AuthenticatorData.Length: > 0, Response.ClientDataJson.Length: > 0, Response.Signature.Length: > 0 }
            && IdMatchesRawId(response.Id, response.RawId))
        {
            return true;
        }

        reason = reason.Length > 0 ? reason : "incomplete_credential";
        response = null;
        return false;
    }

    private static bool TryNormalize(JsonElement credential, [NotNullWhen(true)] out JsonObject? node, out string reason)
    {
        node = credential.ValueKind == JsonValueKind.Object ? JsonNode.Parse(credential.GetRawText()) as JsonObject : null;
        reason = node is null ? "credential_not_an_object" : "";
        return node is not null;
    }

    private static T? Deserialize<T>(JsonObject node, ref string reason)
        where T : class
    {
        try
        {
            return node.Deserialize<T>();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            reason = "malformed_credential";
            return null;
        }
    }

    // credential.id is by definition base64url(rawId); a mismatch means the JSON was assembled by hand.
    private static bool IdMatchesRawId(string? id, byte[]? rawId) =>
        id is { Length: > 0 } && rawId is { Length: > 0 } && Base64Url.IsValid(id) && Base64Url.DecodeFromChars(id).AsSpan().SequenceEqual(rawId);
}
