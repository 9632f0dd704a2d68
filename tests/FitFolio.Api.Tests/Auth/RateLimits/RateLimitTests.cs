using System.Net;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FitFolio.Api.Tests.Auth.Sessions.SessionTests;

namespace FitFolio.Api.Tests.Auth.RateLimits;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_per_ip_limit_start_is_a_429_problem_with_retry_after()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = FromPeer(app, "203.0.113.7");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await browser.StartMagicLinkAsync($"user{i}@example.com")).StatusCode);
        }

        var response = await browser.StartMagicLinkAsync("user5@example.com");

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task Another_ip_has_a_budget_of_its_own()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(2));
        var first = FromPeer(app, "203.0.113.7");
        await first.StartMagicLinkAsync("a@example.com");
        await first.StartMagicLinkAsync("b@example.com");

        var response = await FromPeer(app, "203.0.113.8").StartMagicLinkAsync("c@example.com");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_at_most_twenty_links_an_hour_from_any_number_of_clients()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await FromPeer(app, $"203.0.113.{i + 1}").StartMagicLinkAsync("kate@example.com")).StatusCode);
        }

        var response = await FromPeer(app, "198.51.100.9").StartMagicLinkAsync("KATE@example.com");

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task One_client_gets_at_most_five_links_an_hour_to_one_address()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(100));
        var flooder = FromPeer(app, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await flooder.StartMagicLinkAsync("kate@example.com")).StatusCode);
        }

        var response = await flooder.StartMagicLinkAsync("kate@example.com");

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task A_flooding_client_cannot_lock_the_owner_out_of_email_sign_in()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(100));
        var flooder = FromPeer(app, "203.0.113.7");
        for (var i = 0; i < 10; i++)
        {
            await flooder.StartMagicLinkAsync("kate@example.com");
        }

        var owner = await FromPeer(app, "198.51.100.9").StartMagicLinkAsync("kate@example.com");

        Assert.Equal(HttpStatusCode.Accepted, owner.StatusCode);
    }

    public static TheoryData<DatabaseProvider, string, HttpStatusCode> LookAlikeSpellings()
    {
        var data = new TheoryData<DatabaseProvider, string, HttpStatusCode>();
        foreach (var provider in new Providers())
        {
            data.Add(provider, "victim@example.com.", HttpStatusCode.BadRequest);
            data.Add(provider, "victim@example.com\u200b", HttpStatusCode.BadRequest);
            data.Add(provider, "victim@ex\u00adample.com", HttpStatusCode.BadRequest);
            data.Add(provider, "victim@example.com\ufeff", HttpStatusCode.BadRequest);
            data.Add(provider, "victim@ex\u0430mple.com", HttpStatusCode.BadRequest);
            data.Add(provider, "victim@example\u3002com", HttpStatusCode.TooManyRequests);
            data.Add(provider, "victim@\uff45xample.com", HttpStatusCode.TooManyRequests);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LookAlikeSpellings))]
    public async Task A_look_alike_spelling_gets_no_fresh_allowance(DatabaseProvider provider, string spelling, HttpStatusCode expected)
    {
        await using var app = await FitFolioApp.StartAsync(provider, settings: Limit(100));
        var client = FromPeer(app, "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.StartMagicLinkAsync("victim@example.com")).StatusCode);
        }

        var response = await client.StartMagicLinkAsync(spelling);

        await response.AssertProblemAsync(expected, expected == HttpStatusCode.BadRequest ? "validation_failed" : "rate_limited");
        Assert.Equal(5, await WithDbAsync(app, db => db.MagicLinkTokens.CountAsync()));
    }

    [Fact]
    public async Task A_flood_of_rejections_writes_one_audit_row_per_client_and_window()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(1));
        var browser = FromPeer(app, "203.0.113.7");

        for (var i = 0; i < 10; i++)
        {
            await browser.StartMagicLinkAsync($"user{i}@example.com");
        }

        var rejections = await WithDbAsync(app, db => db.LoginEvents.CountAsync(e => e.EventType == LoginEventTypes.RateLimited));
        Assert.Equal(1, rejections);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_verify_flood_is_rate_limited_and_writes_one_failure_row_per_client_and_window(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = FromPeer(app, "203.0.113.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await browser.VerifyAsync("junk-token-" + i)).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var rows = await WithDbAsync(app, db => db.LoginEvents.GroupBy(e => e.EventType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(1, rows.Single(r => r.Key == LoginEventTypes.SignInFailed).Count);
        Assert.Equal(1, rows.Single(r => r.Key == LoginEventTypes.RateLimited).Count);
    }

    [Fact]
    public async Task A_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(2));
        var browser = FromPeer(app, "203.0.113.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            browser.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            statuses.Add((await browser.StartMagicLinkAsync($"user{i}@example.com")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_trusted_proxy_names_the_client()
    {
        var settings = Limit(2);
        settings["ForwardedHeaders:KnownProxies"] = "203.0.113.7";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: settings);
        var proxy = FromPeer(app, "203.0.113.7");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            proxy.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            proxy.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            statuses.Add((await proxy.StartMagicLinkAsync($"user{i}@example.com")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var ips = await WithDbAsync(app, db => db.LoginEvents.Select(e => e.IpAddress!.ToString()).ToListAsync());
        Assert.Equal(["192.0.2.1", "192.0.2.2", "192.0.2.3"], ips.Order());
    }

    [Fact]
    public async Task Proxies_named_by_cidr_networks_in_either_key_are_trusted()
    {
        var settings = Limit(2);
        settings["ForwardedHeaders:KnownProxies"] = "10.0.0.2, 203.0.113.0/24";
        settings["ForwardedHeaders:KnownNetworks"] = "2001:db8:ffff::/48";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: settings);

        var statuses = new List<HttpStatusCode>();
        foreach (var (proxyIp, clientIp) in new[] { ("203.0.113.7", "192.0.2.1"), ("203.0.113.8", "192.0.2.2"), ("2001:db8:ffff::9", "192.0.2.3") })
        {
            var proxy = FromPeer(app, proxyIp);
            proxy.Client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp);
            statuses.Add((await proxy.StartMagicLinkAsync($"user-{clientIp}@example.com")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var ips = await WithDbAsync(app, db => db.LoginEvents.Select(e => e.IpAddress!.ToString()).ToListAsync());
        Assert.Equal(["192.0.2.1", "192.0.2.2", "192.0.2.3"], ips.Order());
    }

    [Theory]
    [InlineData("203.0.113.50", "::ffff:203.0.113.50")]
    [InlineData("2001:db8::1", "2001:db8::2")]
    [InlineData("2001:db8:0:0:1::1", "2001:db8::ffff:ffff:ffff:ffff")]
    public async Task Ipv4_mapped_and_same_64_addresses_share_one_budget(string first, string second)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(2));
        await FromPeer(app, first).StartMagicLinkAsync("a@example.com");
        await FromPeer(app, first).StartMagicLinkAsync("b@example.com");

        var response = await FromPeer(app, second).StartMagicLinkAsync("c@example.com");

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task Another_ipv6_64_has_a_budget_of_its_own()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: Limit(2));
        await FromPeer(app, "2001:db8::1").StartMagicLinkAsync("a@example.com");
        await FromPeer(app, "2001:db8::1").StartMagicLinkAsync("b@example.com");

        var response = await FromPeer(app, "2001:db8:0:1::1").StartMagicLinkAsync("c@example.com");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Two_instances_on_one_redis_share_one_budget()
    {
        await using var instanceA = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, withRedis: true, settings: Limit(3));
        await using var instanceB = instanceA.SecondInstance();
        var onA = FromPeer(instanceA, "203.0.113.7");
        var onB = FromPeer(instanceB, "203.0.113.7");

        var statuses = new List<HttpStatusCode>
        {
            (await onA.StartMagicLinkAsync("a@example.com")).StatusCode,
            (await onB.StartMagicLinkAsync("b@example.com")).StatusCode,
            (await onA.StartMagicLinkAsync("c@example.com")).StatusCode,
            (await onB.StartMagicLinkAsync("d@example.com")).StatusCode,
        };

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    private static Dictionary<string, string?> Limit(int perMinute) => new() { ["RateLimits:MagicLinkStartPerMinute"] = $"{perMinute}" };

    private static TestBrowser FromPeer(FitFolioApp app, string ip)
    {
        var browser = new TestBrowser(app);
        browser.Client.DefaultRequestHeaders.Add(FitFolioApp.PeerIpHeader, ip);
        return browser;
    }
}
