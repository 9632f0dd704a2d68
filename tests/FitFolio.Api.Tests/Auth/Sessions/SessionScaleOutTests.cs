using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Tests.Auth.Sessions;

/// <summary>
/// Two instances on one database and one Redis: whatever one instance does to a session or its user holds on the other at
/// its very next request. Each test first uses the session on the second instance, so anything it kept from that request
/// (a cache) would be what answers next.
/// </summary>
public sealed class SessionScaleOutTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_ended_on_one_instance_is_refused_on_the_other_at_its_next_request(DatabaseProvider provider)
    {
        var (onA, onB, instances) = await SignedInOnTwoInstancesAsync(provider);
        await using var both = instances;

        await (await onA.PostAsync("/api/v1/auth/logout")).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await onB.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Signing_out_everywhere_on_one_instance_ends_the_session_on_the_other(DatabaseProvider provider)
    {
        var (onA, onB, instances) = await SignedInOnTwoInstancesAsync(provider);
        await using var both = instances;

        await (await onA.PostAsync("/api/v1/auth/logout-all")).AssertStatusAsync(HttpStatusCode.NoContent);

        await (await onB.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_user_disabled_while_signed_in_is_refused_on_the_other_instance_at_once(DatabaseProvider provider)
    {
        var (_, onB, instances) = await SignedInOnTwoInstancesAsync(provider);
        await using var both = instances;

        await instances.A.QueryAsync(db => db.Users.ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAt, DateTimeOffset.UtcNow)));

        await (await onB.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_session_past_its_idle_limit_is_refused_though_it_answered_a_moment_before(DatabaseProvider provider)
    {
        var (_, onB, instances) = await SignedInOnTwoInstancesAsync(provider, fakeTime: true);
        await using var both = instances;

        instances.A.Time!.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await (await onB.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Me_on_the_other_instance_shows_a_profile_change_at_once(DatabaseProvider provider)
    {
        var (onA, onB, instances) = await SignedInOnTwoInstancesAsync(provider);
        await using var both = instances;

        await (await onA.PatchAsync("/api/v1/account", new { unit = "lb" })).AssertStatusAsync(HttpStatusCode.OK);

        var me = await onB.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("lb", me.GetProperty("user").GetProperty("unit").GetString());
    }

    private static async Task<(TestBrowser OnA, TestBrowser OnB, Instances Instances)> SignedInOnTwoInstancesAsync(DatabaseProvider provider, bool fakeTime = false)
    {
        var a = await FitFolioApp.StartAsync(provider, withRedis: true, fakeTime: fakeTime);
        var instances = new Instances(a, a.SecondInstance());
        var onA = new TestBrowser(a);
        await onA.SignInDirectlyAsync();
        var onB = new TestBrowser(instances.B);
        onB.SetCookie("fitfolio_session", onA.SessionToken!);
        await onB.RefreshCsrfAsync();
        await (await onB.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        return (onA, onB, instances);
    }

    private sealed record Instances(FitFolioApp A, FitFolioApp B) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }
}
