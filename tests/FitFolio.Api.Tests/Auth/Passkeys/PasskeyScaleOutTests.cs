using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using static FitFolio.Api.Tests.Support.PasskeyCeremonies;

namespace FitFolio.Api.Tests.Auth.Passkeys;

public sealed class PasskeyScaleOutTests
{
    [Fact]
    public async Task A_ceremony_started_on_one_instance_finishes_on_another()
    {
        await using var instanceA = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, withRedis: true);
        await using var instanceB = instanceA.SecondInstance();
        using var authenticator = new SoftwareAuthenticator();
        var onA = new TestBrowser(instanceA);
        await onA.SignInDirectlyAsync();
        var onB = new TestBrowser(instanceB);
        onB.SetCookie("fitfolio_session", onA.SessionToken!);
        await onB.RefreshCsrfAsync();

        var (registrationId, creation) = await onA.StartAsync(RegisterStart);
        var registered = await onB.PostAsync(RegisterFinish, new { challengeId = registrationId, credential = authenticator.Create(creation) });
        var anonymousOnB = new TestBrowser(instanceB);
        var anonymousOnA = new TestBrowser(instanceA);
        var (authenticationId, request) = await anonymousOnB.StartAsync(AuthenticateStart);
        var signedIn = await anonymousOnA.PostAsync(AuthenticateFinish, new { challengeId = authenticationId, credential = authenticator.Get(request) });

        await registered.AssertStatusAsync(HttpStatusCode.Created);
        await signedIn.AssertStatusAsync(HttpStatusCode.OK);
        await (await anonymousOnA.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_challenge_taken_on_one_instance_is_gone_on_the_other()
    {
        await using var instanceA = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, withRedis: true);
        await using var instanceB = instanceA.SecondInstance();
        using var authenticator = new SoftwareAuthenticator();
        await PasskeySignInTests.RegisteredUserAsync(instanceA, authenticator);
        var onA = new TestBrowser(instanceA);
        var onB = new TestBrowser(instanceB);
        var (challengeId, options) = await onA.StartAsync(AuthenticateStart);
        await (await onA.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) })).AssertStatusAsync(HttpStatusCode.OK);

        var replay = await onB.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) });

        await replay.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    [Fact]
    public async Task The_webauthn_start_limit_is_one_budget_across_instances()
    {
        await using var instanceA = await FitFolioApp.StartAsync(
            DatabaseProvider.Postgres, withRedis: true, settings: new Dictionary<string, string?> { ["RateLimits:WebAuthnStartPerMinute"] = "3" });
        await using var instanceB = instanceA.SecondInstance();
        var onA = new TestBrowser(instanceA);
        var onB = new TestBrowser(instanceB);

        var statuses = new List<HttpStatusCode>();
        foreach (var browser in new[] { onA, onB, onA, onB })
        {
            statuses.Add((await browser.PostAsync(AuthenticateStart, new { })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var limited = await onA.PostAsync(AuthenticateStart, new { });
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(limited.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task With_redis_down_ceremonies_fail_closed_while_signed_in_reads_work()
    {
        var redis = await RedisServer.StartDedicatedAsync();
        await using var app = await FitFolioApp.StartAsync(
            DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString + ",connectTimeout=1000,asyncTimeout=1000" });
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync(); // fetches a CSRF token while Redis is up: the key ring is loaded
        var anonymous = new TestBrowser(app);
        await anonymous.RefreshCsrfAsync();

        await redis.DisposeAsync();

        await (await browser.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        await (await browser.PostAsync(RegisterStart, new { })).AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await (await browser.PostAsync(RegisterFinish, new { challengeId = new string('A', 43), credential = new { } })).AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await (await anonymous.PostAsync(AuthenticateStart, new { })).AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await (await anonymous.PostAsync(AuthenticateFinish, new { challengeId = new string('A', 43), credential = new { } })).AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
    }
}
