using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Auth.Sessions;

public sealed class SessionTests
{
    [Fact]
    public async Task Me_is_an_unauthorized_problem_without_a_session()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).GetAsync("/api/v1/auth/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Me_returns_the_signed_in_user(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync("Kate@Example.com");

        var me = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        Assert.Equal(userId, me.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal("Kate@Example.com", me.GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var token = browser.SessionToken!;

        var stored = await WithDbAsync(app, db => db.Sessions.Select(s => s.TokenHash).SingleAsync());

        Assert.Equal(32, Convert.FromBase64String(Base64Pad(token)).Length);
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(token)), stored);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Logout_kills_the_token_on_the_server(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var token = browser.SessionToken!;

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/logout")).StatusCode);

        var replay = new TestBrowser(app);
        replay.SetCookie("fitfolio_session", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_all_kills_every_session_of_the_user()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var phone = new TestBrowser(app);
        var laptop = new TestBrowser(app);
        await phone.SignInDirectlyAsync();
        await laptop.SignInDirectlyAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await phone.PostAsync("/api/v1/auth/logout-all")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_session_unused_for_the_idle_limit_dies()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        app.Time!.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_session_used_daily_still_dies_at_its_absolute_expiry()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        for (var day = 1; day < 14; day++)
        {
            app.Time!.Advance(TimeSpan.FromDays(1));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        }

        app.Time!.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task After_seven_days_the_token_rotates_and_expiry_is_kept(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var oldToken = browser.SessionToken!;
        var expiresAt = await WithDbAsync(app, db => db.Sessions.Select(s => s.ExpiresAt).SingleAsync());

        app.Time!.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(oldToken, browser.SessionToken);
        app.Time.Advance(TimeSpan.FromDays(1));
        var response = await browser.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(oldToken, browser.SessionToken);
        Assert.Equal(expiresAt, await WithDbAsync(app, db => db.Sessions.Select(s => s.ExpiresAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Eight_concurrent_requests_on_a_session_due_for_rotation_all_succeed_and_none_deletes_the_cookie(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var oldToken = browser.SessionToken!;
        await MakeDueForRotationAsync(browser);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => MeWithTokenAsync(app, oldToken)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var setCookies = responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToList();
        var newCookie = Assert.Single(setCookies);
        Assert.DoesNotContain("expires=Thu, 01 Jan 1970", newCookie, StringComparison.OrdinalIgnoreCase);
        var newToken = newCookie.Split(';')[0].Split('=', 2)[1];
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.OK, (await MeWithTokenAsync(app, newToken)).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_token_before_a_rotation_works_for_a_minute_and_then_dies(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var oldToken = browser.SessionToken!;
        await MakeDueForRotationAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);

        app.Time!.Advance(TimeSpan.FromSeconds(59));
        var withinGrace = await MeWithTokenAsync(app, oldToken);
        app.Time.Advance(TimeSpan.FromSeconds(2));
        var afterGrace = await MeWithTokenAsync(app, oldToken);

        Assert.Equal(HttpStatusCode.OK, withinGrace.StatusCode);
        Assert.False(withinGrace.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, afterGrace.StatusCode);
        Assert.False(afterGrace.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_in_its_grace_period_dies_with_its_session_on_logout()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var oldToken = browser.SessionToken!;
        await MakeDueForRotationAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        await browser.RefreshCsrfAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeWithTokenAsync(app, oldToken)).StatusCode);
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var signedInAt = app.Time!.GetUtcNow();

        app.Time.Advance(TimeSpan.FromSeconds(30));
        await browser.GetAsync("/api/v1/auth/me");
        var afterThirtySeconds = await WithDbAsync(app, db => db.Sessions.Select(s => s.LastSeenAt).SingleAsync());
        app.Time.Advance(TimeSpan.FromSeconds(31));
        await browser.GetAsync("/api/v1/auth/me");
        var afterOneMinute = await WithDbAsync(app, db => db.Sessions.Select(s => s.LastSeenAt).SingleAsync());

        Assert.Equal(signedInAt, afterThirtySeconds);
        Assert.Equal(signedInAt.AddSeconds(61), afterOneMinute);
    }

    [Fact]
    public async Task The_session_list_marks_this_device()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var phone = new TestBrowser(app);
        var laptop = new TestBrowser(app);
        await phone.SignInDirectlyAsync();
        await laptop.SignInDirectlyAsync();

        var list = await phone.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/sessions");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Single(items, i => i.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Ending_another_session_needs_a_recent_sign_in()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var phone = new TestBrowser(app);
        var laptop = new TestBrowser(app);
        await phone.SignInDirectlyAsync();
        await laptop.SignInDirectlyAsync();
        var laptopSession = await OtherSessionIdAsync(phone);

        app.Time!.Advance(TimeSpan.FromMinutes(11));
        var response = await phone.DeleteAsync($"/api/v1/auth/sessions/{laptopSession}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "reauth_required");
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Ending_another_session_within_the_window_kills_it()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var phone = new TestBrowser(app);
        var laptop = new TestBrowser(app);
        await phone.SignInDirectlyAsync();
        await laptop.SignInDirectlyAsync();

        var response = await phone.DeleteAsync($"/api/v1/auth/sessions/{await OtherSessionIdAsync(phone)}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Another_users_session_id_is_not_found()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var mallory = new TestBrowser(app);
        var kate = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        await kate.SignInDirectlyAsync("kate@example.com");
        var kateSession = (await kate.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/sessions")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await mallory.DeleteAsync($"/api/v1/auth/sessions/{kateSession}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await kate.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_junk_cookie_is_unauthorized_not_an_error(string junk)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        browser.SetCookie("fitfolio_session", junk.Length == 0 ? new string('x', 4000) : junk);

        var response = await browser.GetAsync("/api/v1/auth/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Auth_responses_are_not_cached()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.GetAsync("/api/v1/auth/me");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    /// <summary>Seven days on, used the day before so it is not idle: the next request rotates the token.</summary>
    private static async Task MakeDueForRotationAsync(TestBrowser browser)
    {
        browser.App.Time!.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        browser.App.Time.Advance(TimeSpan.FromDays(1));
    }

    /// <summary>GET /auth/me with exactly this token and no cookie jar, as a request already in flight would send it.</summary>
    private static async Task<HttpResponseMessage> MeWithTokenAsync(FitFolioApp app, string token)
    {
        using var client = app.CreateDefaultClient(TestBrowser.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Add("Cookie", $"fitfolio_session={token}");
        return await client.SendAsync(request);
    }

    private static async Task<Guid> OtherSessionIdAsync(TestBrowser browser)
    {
        var list = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/sessions");
        return list.GetProperty("items").EnumerateArray().Single(i => !i.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();
    }

    private static string Base64Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }

    internal static async Task<T> WithDbAsync<T>(FitFolioApp app, Func<FitFolioDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<FitFolioDbContext>());
    }
}
