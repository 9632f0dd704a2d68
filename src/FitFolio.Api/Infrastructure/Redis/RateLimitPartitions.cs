using System.Threading.RateLimiting;
using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace FitFolio.Api.Infrastructure.Redis;

/// <summary>
/// Fixed-window rate-limit partitions for the built-in rate limiter: counted in Redis when configured
/// (so every instance spends one budget), in this process otherwise.
/// </summary>
public interface IRateLimitPartitions
{
    RateLimitPartition<string> FixedWindow(string key, int permitLimit, TimeSpan window);
}

public sealed class RedisRateLimitPartitions(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : IRateLimitPartitions
{
    public RateLimitPartition<string> FixedWindow(string key, int permitLimit, TimeSpan window) =>
        RedisRateLimitPartition.GetFixedWindowRateLimiter(options.Value.KeyPrefix + "ratelimit:" + key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permitLimit,
            Window = window,
        });
}

public sealed class InMemoryRateLimitPartitions : IRateLimitPartitions
{
    public RateLimitPartition<string> FixedWindow(string key, int permitLimit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
