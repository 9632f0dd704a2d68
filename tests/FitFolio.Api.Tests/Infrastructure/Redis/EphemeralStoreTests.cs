using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Redis;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace FitFolio.Api.Tests.Infrastructure.Redis;

public sealed class EphemeralStoreTests
{
    public static TheoryData<string> Stores => ["memory", "redis"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_value_can_be_taken_once(string kind)
    {
        var (store, _) = await CreateAsync(kind);
        await store.SetAsync("challenge", "abc", TimeSpan.FromMinutes(5));

        Assert.Equal("abc", await store.TakeAsync("challenge"));
        Assert.Null(await store.TakeAsync("challenge"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Of_twenty_concurrent_takers_exactly_one_gets_the_value(string kind)
    {
        var (store, _) = await CreateAsync(kind);
        await store.SetAsync("challenge", "abc", TimeSpan.FromMinutes(5));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.TakeAsync("challenge"))));

        Assert.Single(results, r => r == "abc");
    }

    [Fact]
    public async Task An_expired_value_is_gone_in_memory()
    {
        var (store, time) = await CreateAsync("memory");
        await store.SetAsync("challenge", "abc", TimeSpan.FromSeconds(300));

        time!.Advance(TimeSpan.FromSeconds(301));

        Assert.Null(await store.TakeAsync("challenge"));
    }

    [Fact]
    public async Task An_expired_value_is_gone_in_redis()
    {
        var (store, _) = await CreateAsync("redis");
        await store.SetAsync("challenge", "abc", TimeSpan.FromMilliseconds(200));

        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Assert.Null(await store.TakeAsync("challenge"));
    }

    private static async Task<(IEphemeralStore Store, FakeTimeProvider? Time)> CreateAsync(string kind)
    {
        if (kind == "memory")
        {
            var time = new FakeTimeProvider();
            return (new InMemoryEphemeralStore(time), time);
        }

        var redis = await ConnectionMultiplexer.ConnectAsync((await RedisServer.GetAsync()).ConnectionString);
        return (new RedisEphemeralStore(redis, Options.Create(new RedisOptions { KeyPrefix = RedisServer.UniqueKeyPrefix() })), null);
    }
}
