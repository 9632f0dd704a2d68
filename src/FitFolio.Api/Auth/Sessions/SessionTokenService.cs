using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Sessions;

/// <summary>A session that is alive, its user's row (read in the same query), and the new token when this request rotated it.</summary>
public sealed record ValidatedSession(Session Session, User User, string? RotatedToken)
{
    public bool IsAdmin => User.IsAdmin;
}

/// <summary>A session row with its user's row, as the lookup by token hash reads them in one query.</summary>
internal sealed record SessionWithUser(Session Session, User User);

/// <summary>
/// Issues, validates, rotates and revokes server-side sessions. The cookie holds 32 random bytes; only their SHA-256
/// is stored, so a database leak yields no usable token.
/// </summary>
public sealed class SessionTokenService(FitFolioDbContext db, TimeProvider time, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    // Compiled: every signed-in request runs this lookup, and translating it each time was measurable.
    private static readonly PerModel<Func<FitFolioDbContext, byte[], DateTimeOffset, CancellationToken, Task<SessionWithUser?>>> FindByTokenHash =
        new(_ => EF.CompileAsyncQuery((FitFolioDbContext db, byte[] hash, DateTimeOffset now, CancellationToken _) => db.Sessions.AsNoTracking()
            .Where(s => s.TokenHash == hash || (s.PreviousTokenHash == hash && s.PreviousTokenValidUntil > now))
            .Select(s => new SessionWithUser(s, s.User!))
            .FirstOrDefault()));

    private static Task<SessionWithUser?> FindByTokenHashAsync(FitFolioDbContext db, byte[] hash, DateTimeOffset now, CancellationToken cancellationToken) =>
        FindByTokenHash.For(db)(db, hash, now, cancellationToken);

    /// <summary>How long the token before a scheduled rotation keeps working, so requests already in flight do not fail.</summary>
    public static readonly TimeSpan RotationGracePeriod = TimeSpan.FromSeconds(60);

    private readonly AuthOptions _options = options.Value;

    /// <summary>Starts a new session with a fresh token (never reusing one the client brought: no fixation).</summary>
    public async Task<(Session Session, string Token)> StartAsync(Guid userId, IPAddress? ip, string? userAgent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = NewToken();
        var session = new Session
        {
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            AuthenticatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now.AddDays(_options.SessionTtlDays),
            IpAddress = ip,
            UserAgent = Truncate(userAgent, 512),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, token);
    }

    /// <summary>
    /// The live session for a token, or null when unknown, revoked, past its absolute expiry or idle too long.
    /// Rotates the token once it is older than Auth:SessionRotateDays (keeping the absolute expiry; the old token keeps a
    /// short grace period for requests racing the rotation) and
    /// records last-seen at most once a minute.
    /// </summary>
    public async Task<ValidatedSession?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var hash = Hash(token);
        // Opened here, it stays open until the request's context goes back to the pool: the route's own queries reuse it,
        // one pool checkout (and one reset statement on PostgreSQL) per request instead of one per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var found = await FindAliveAsync(hash, now, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (session, user) = found;
        if (!session.TokenHash.AsSpan().SequenceEqual(hash))
        {
            return new ValidatedSession(session, user, null); // the previous token within its grace period: valid, never rotated again
        }

        string? rotated = null;
        if ((session.RotatedAt ?? session.CreatedAt).AddDays(_options.SessionRotateDays) <= now)
        {
            rotated = await RotateAsync(session, hash, RotationGracePeriod, cancellationToken);
            if (rotated is null)
            {
                // A concurrent request rotated it first: this token is now the previous one and still in its grace period.
                found = await FindAliveAsync(hash, now, cancellationToken);
                return found is null ? null : new ValidatedSession(found.Session, found.User, null);
            }
        }
        else if (now - session.LastSeenAt >= LastSeenResolution)
        {
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), cancellationToken);
            session.LastSeenAt = now;
        }

        return new ValidatedSession(session, user, rotated);
    }

    /// <summary>Whether the token is one a scheduled rotation replaced: the browser may already hold its successor.</summary>
    public Task<bool> IsSupersededAsync(string token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return Task.FromResult(false);
        }

        var hash = Hash(token);
        return db.Sessions.AsNoTracking().AnyAsync(s => s.PreviousTokenHash == hash, cancellationToken);
    }

    /// <summary>
    /// The live session whose current token, or whose previous token within its grace period, has this hash, with its
    /// user's row. The user comes in the same query (a join), so a disabled account's sessions stop working on their next
    /// request, and GET /auth/me answers, at no extra round trip.
    /// </summary>
    private async Task<SessionWithUser?> FindAliveAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await FindByTokenHashAsync(db, hash, now, cancellationToken);
        return found is null || found.User.DisabledAt is not null || found.Session.RevokedAt is not null || found.Session.ExpiresAt <= now
            || found.Session.LastSeenAt.AddDays(_options.SessionIdleDays) <= now ? null : found;
    }

    /// <summary>
    /// Gives the session a new token; the old one keeps working for <paramref name="grace"/> (zero: it dies at once).
    /// Null when another request already rotated it.
    /// </summary>
    public async Task<string?> RotateAsync(Session session, byte[] currentHash, TimeSpan grace, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = NewToken();
        var newHash = Hash(token);
        var previousHash = grace > TimeSpan.Zero ? currentHash : null;
        DateTimeOffset? previousUntil = grace > TimeSpan.Zero ? now + grace : null;
        var updated = await db.Sessions
            .Where(s => s.Id == session.Id && s.TokenHash == currentHash && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.TokenHash, newHash).SetProperty(s => s.RotatedAt, now).SetProperty(s => s.LastSeenAt, now)
                .SetProperty(s => s.PreviousTokenHash, previousHash).SetProperty(s => s.PreviousTokenValidUntil, previousUntil), cancellationToken);
        if (updated == 0)
        {
            return null;
        }

        session.TokenHash = newHash;
        session.PreviousTokenHash = previousHash;
        session.PreviousTokenValidUntil = previousUntil;
        session.RotatedAt = now;
        session.LastSeenAt = now;
        return token;
    }

    /// <summary>Rotates the session behind the current token (after adding a passkey); null when the token is no longer the session's.</summary>
    public async Task<string?> RotateAfterReauthenticationAsync(Guid sessionId, string currentToken, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return session is null ? null : await RotateAsync(session, Hash(currentToken), TimeSpan.Zero, cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken) == 1;
    }

    public async Task<int> RevokeAllAsync(Guid userId, Guid? exceptSessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != exceptSessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken);
    }

    public async Task<List<Session>> ListActiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var idleCutoff = now.AddDays(-_options.SessionIdleDays);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now && s.LastSeenAt > idleCutoff)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync(cancellationToken);
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>32 random bytes as unpadded base64url (43 characters).</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
