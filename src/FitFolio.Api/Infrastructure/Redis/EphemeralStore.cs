using System.Collections.Concurrent;
using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FitFolio.Api.Infrastructure.Redis;

/// <summary>
/// Short-lived values shared by every app instance (WebAuthn challenges, cooldowns): Redis when configured,
/// this process's memory otherwise. <see cref="TakeAsync"/> is an atomic get-and-delete, so a value is used once.
/// </summary>
public interface IEphemeralStore
{
    Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Stores the value only when the key is absent (or expired); true when this call stored it.</summary>
    Task<bool> TryAddAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Returns the value and removes it in one step; null when missing or expired. Of two concurrent callers at most one gets it.</summary>
    Task<string?> TakeAsync(string key, CancellationToken cancellationToken = default);
}

public sealed class RedisEphemeralStore(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : IEphemeralStore
{
    private readonly string _prefix = options.Value.KeyPrefix + "ephemeral:";

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(_prefix + key, value, timeToLive);

    public Task<bool> TryAddAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(_prefix + key, value, timeToLive, When.NotExists);

    public async Task<string?> TakeAsync(string key, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().StringGetDeleteAsync(_prefix + key);
}

public sealed class InMemoryEphemeralStore(TimeProvider time) : IEphemeralStore
{
    private readonly ConcurrentDictionary<string, (string Value, DateTimeOffset ExpiresAt)> _entries = new();

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        _entries[key] = (value, now + timeToLive);
        PruneExpired(now);
        return Task.CompletedTask;
    }

    public Task<bool> TryAddAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var added = false;
        _entries.AddOrUpdate(
            key,
            _ => { added = true; return (value, now + timeToLive); },
            (_, existing) =>
            {
                added = existing.ExpiresAt <= now;
                return added ? (value, now + timeToLive) : existing;
            });
        return Task.FromResult(added);
    }

    public Task<string?> TakeAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryRemove(key, out var entry) && entry.ExpiresAt > time.GetUtcNow() ? entry.Value : null);

    // Abandoned entries would otherwise live as long as the process; a sweep on write keeps the map bounded by live entries.
    private void PruneExpired(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, (string, DateTimeOffset)>(key, entry));
            }
        }
    }
}
