using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Csrf;

/// <summary>
/// The CSRF token pairs Antiforgery accepted in the last few minutes, each for the user it accepted it for.
/// Antiforgery's verdict depends only on the cookie token, the header token and the signed-in user (and the key ring),
/// yet costs two Data Protection decryptions per unsafe request, and the SPA sends the same pair all session long.
/// Only acceptances are kept, under a SHA-256 of all three, so a pair accepted for one user is checked afresh for
/// anyone else, and a refusal is always Antiforgery's own.
/// </summary>
public sealed class AcceptedTokenPairs(IOptions<AntiforgeryOptions> options, TimeProvider time)
{
    /// <summary>How long an acceptance is reused: the most a revoked Data Protection key keeps working for a pair it checked.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Past this many pairs the memory starts again from empty (every pair is then checked once more).</summary>
    public const int Capacity = 10_000;

    // Longer tokens than Antiforgery makes (about 160 characters) are never remembered: they go to Antiforgery alone.
    private const int MaxTokenLength = 512;

    private readonly ConcurrentDictionary<UInt128, DateTimeOffset> _acceptedUntil = new();
    private readonly AntiforgeryOptions _options = options.Value;

    /// <summary>Whether this request's pair was accepted for its user within <see cref="Lifetime"/>.</summary>
    public bool WereAccepted(HttpContext context) =>
        KeyOf(context) is { } key && _acceptedUntil.TryGetValue(key, out var until) && time.GetUtcNow() < until;

    /// <summary>Remembers the pair of a request Antiforgery has just accepted.</summary>
    public void Remember(HttpContext context)
    {
        if (KeyOf(context) is not { } key)
        {
            return;
        }

        if (_acceptedUntil.Count >= Capacity)
        {
            _acceptedUntil.Clear();
        }

        _acceptedUntil[key] = time.GetUtcNow() + Lifetime;
    }

    /// <summary>
    /// SHA-256 (first 128 bits) of cookie token, header token and user id; null when any is missing or unusual, or when a
    /// signed-in user has no id claim (Antiforgery would then bind the token to other claims than the key holds).
    /// </summary>
    private UInt128? KeyOf(HttpContext context)
    {
        var cookie = context.Request.Cookies[_options.Cookie.Name!];
        var header = context.Request.Headers[_options.HeaderName!].ToString();
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : "";
        if (string.IsNullOrEmpty(cookie) || header.Length == 0 || user is null || cookie.Length > MaxTokenLength || header.Length > MaxTokenLength)
        {
            return null;
        }

        Span<byte> text = stackalloc byte[Encoding.UTF8.GetMaxByteCount(cookie.Length + header.Length + user.Length + 2)];
        var length = Encoding.UTF8.GetBytes(cookie, text);
        text[length++] = (byte)'\n';
        length += Encoding.UTF8.GetBytes(header, text[length..]);
        text[length++] = (byte)'\n';
        length += Encoding.UTF8.GetBytes(user, text[length..]);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text[..length], digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
