using System.Threading.RateLimiting;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Redis;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FitFolio.Api.Tests.Infrastructure.Redis;

public sealed class RateLimitPartitionsTests
{
    [Fact]
    public async Task Two_instances_on_one_redis_spend_one_budget()
    {
        var server = await RedisServer.GetAsync();
        var options = Options.Create(new RedisOptions { KeyPrefix = RedisServer.UniqueKeyPrefix() });
        var instanceA = new RedisRateLimitPartitions(await ConnectionMultiplexer.ConnectAsync(server.ConnectionString), options);
        var instanceB = new RedisRateLimitPartitions(await ConnectionMultiplexer.ConnectAsync(server.ConnectionString), options);
        using var limiterA = instanceA.FixedWindow("ip:203.0.113.7", 3, TimeSpan.FromMinutes(1)).Factory("ip:203.0.113.7");
        using var limiterB = instanceB.FixedWindow("ip:203.0.113.7", 3, TimeSpan.FromMinutes(1)).Factory("ip:203.0.113.7");

        var granted = new List<bool>();
        foreach (var limiter in new[] { limiterA, limiterB, limiterA, limiterB })
        {
            using var lease = await limiter.AcquireAsync();
            granted.Add(lease.IsAcquired);
        }

        Assert.Equal([true, true, true, false], granted);
    }

    [Fact]
    public async Task The_in_process_partition_refuses_past_its_limit()
    {
        var partition = new InMemoryRateLimitPartitions().FixedWindow("ip:203.0.113.7", 2, TimeSpan.FromMinutes(1));
        using var limiter = partition.Factory(partition.PartitionKey);

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var lease = await limiter.AcquireAsync();
            granted.Add(lease.IsAcquired);
        }

        Assert.Equal([true, true, false], granted);
    }
}
