using FitFolio.Api.Infrastructure.Configuration;
using StackExchange.Redis;

namespace FitFolio.Api.Infrastructure.Redis;

public static class RedisExtensions
{
    /// <summary>One shared multiplexer and the Redis-backed stores when ConnectionStrings:Redis is set; in-process stores otherwise.</summary>
    public static WebApplicationBuilder AddEphemeralState(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RedisOptions>(builder.Configuration.GetSection(RedisOptions.Section));
        var connectionString = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton<IEphemeralStore, InMemoryEphemeralStore>();
            services.AddSingleton<IRateLimitPartitions, InMemoryRateLimitPartitions>();
            return builder;
        }

        var redisOptions = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is down; requests that need it fail closed, /healthz/ready reports it.
        redisOptions.AbortOnConnectFail = false;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
        services.AddSingleton<IEphemeralStore, RedisEphemeralStore>();
        services.AddSingleton<IRateLimitPartitions, RedisRateLimitPartitions>();
        services.AddHealthChecks().AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), "redis", tags: ["ready"]);
        return builder;
    }

    public static bool HasRedis(this IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));
}
