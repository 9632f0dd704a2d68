using System.Net;
using System.Net.Http.Json;
using FitFolio.Api.Auth.Csrf;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Tests.Auth.Csrf;

public sealed class CsrfTests
{
    [Fact]
    public async Task A_json_post_without_the_token_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/logout-all", new { }, withCsrf: false);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_that_does_not_match_the_cookie_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var attacker = new TestBrowser(app);
        var victim = new TestBrowser(app);
        await victim.SignInDirectlyAsync();
        var attackersToken = await attacker.RefreshCsrfAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", attackersToken);
        var response = await victim.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a pair accepted for its owner is remembered for that owner alone
    public async Task Another_users_token_is_refused(bool ownerUsedItFirst)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        var mallorysToken = await mallory.RefreshCsrfAsync();
        if (ownerUsedItFirst)
        {
            await (await mallory.PatchAsync("/api/v1/account", new { unit = "kg" })).AssertStatusAsync(HttpStatusCode.OK);
        }

        var kate = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        // Kate's browser carries Mallory's cookie token and header token: only the user binding differs.
        kate.SetCookie("fitfolio_csrf", mallory.Cookie("fitfolio_csrf")!);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", mallorysToken);
        var response = await kate.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }

    [Fact]
    public async Task A_tampered_token_is_refused_right_after_the_genuine_one_passed()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var token = await browser.RefreshCsrfAsync();
        await (await browser.PatchAsync("/api/v1/account", new { unit = "kg" })).AssertStatusAsync(HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", token[..^1] + (token[^1] == 'A' ? 'B' : 'A'));
        var response = await browser.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // accepted then for nobody, it is checked afresh for the user
    public async Task A_token_from_before_sign_in_is_refused_after_it(bool usedBeforeSignIn)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var anonymousToken = await browser.RefreshCsrfAsync();
        if (usedBeforeSignIn)
        {
            await (await browser.PostAsync("/api/v1/auth/magic-link/start", new { email = "kate@example.com" })).AssertStatusAsync(HttpStatusCode.Accepted);
        }

        await browser.SignInDirectlyAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", anonymousToken);
        var response = await browser.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }

    [Fact]
    public async Task The_matching_token_lets_the_request_through()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/auth/logout-all");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task The_check_runs_before_the_body_is_read()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        using var junk = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");

        var response = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", junk, withCsrf: false);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }

    [Fact]
    public async Task A_token_made_by_one_instance_holds_on_another()
    {
        await using var instanceA = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, withRedis: true);
        await using var instanceB = instanceA.SecondInstance();
        var onA = new TestBrowser(instanceA);
        await onA.SignInDirectlyAsync();
        var token = await onA.RefreshCsrfAsync();
        var onB = new TestBrowser(instanceB);
        onB.SetCookie("fitfolio_session", onA.SessionToken!);
        onB.SetCookie("fitfolio_csrf", onA.Cookie("fitfolio_csrf")!);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", token);
        var response = await onB.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("redis")]
    [InlineData("database")]
    public async Task A_token_still_holds_after_the_instance_that_made_it_restarts(string keyRing)
    {
        var before = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, withRedis: keyRing == "redis");
        var browser = new TestBrowser(before);
        await browser.SignInDirectlyAsync();
        var token = await browser.RefreshCsrfAsync();
        var (session, csrfCookie) = (browser.SessionToken!, browser.Cookie("fitfolio_csrf")!);
        await before.DisposeAsync();

        // Same database, Redis and key prefix, nothing kept in memory: the process after a restart or a redeploy.
        await using var after = before.SecondInstance();
        var again = new TestBrowser(after);
        again.SetCookie("fitfolio_session", session);
        again.SetCookie("fitfolio_csrf", csrfCookie);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout-all");
        request.Headers.Add("X-CSRF-Token", token);
        var response = await again.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Over_plain_http_in_production_csrf_and_unsafe_calls_are_a_clear_400_with_one_warning()
    {
        var settings = new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = "https://fitfolio.example.com",
            ["Email:Smtp:Host"] = "smtp.example.com",
            ["Email:From"] = "noreply@example.com",
        };
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: settings);
        var client = app.CreateClient(new() { BaseAddress = new Uri("http://fitfolio.example.com") });

        var csrf = await client.GetAsync(new Uri("/api/v1/auth/csrf", UriKind.Relative));
        var start = await client.PostAsJsonAsync(new Uri("/api/v1/auth/magic-link/start", UriKind.Relative), new { email = "kate@example.com" });
        var again = await client.PostAsJsonAsync(new Uri("/api/v1/auth/magic-link/start", UriKind.Relative), new { email = "kate@example.com" });

        await csrf.AssertProblemAsync(HttpStatusCode.BadRequest, "https_required");
        await start.AssertProblemAsync(HttpStatusCode.BadRequest, "https_required");
        await again.AssertProblemAsync(HttpStatusCode.BadRequest, "https_required");
        Assert.DoesNotContain("Unhandled exception", app.Log.Text);
    }

    [Fact]
    public async Task Plain_http_to_an_https_deployment_logs_one_warning_naming_known_proxies()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["App:PublicUrl"] = "https://fitfolio.example.com" });
        var logger = new RecordingLogger<InsecureTransport>();
        var insecure = new InsecureTransport(
            app.Services.GetRequiredService<IOptions<AppOptions>>(), app.Services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(), logger);

        for (var i = 0; i < 3; i++)
        {
            using var scope = app.Services.CreateScope();
            Assert.True(await insecure.RefusedAsync(new DefaultHttpContext { RequestServices = scope.ServiceProvider, Response = { Body = new MemoryStream() } }));
        }

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ForwardedHeaders:KnownProxies", warning.Message);
    }
}
