using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Support;

/// <summary>Drives the real WebAuthn endpoints the way the SPA does, with a <see cref="SoftwareAuthenticator"/> in place of the browser's.</summary>
public static class PasskeyCeremonies
{
    public const string RegisterStart = "/api/v1/auth/webauthn/register/start";
    public const string RegisterFinish = "/api/v1/auth/webauthn/register/finish";
    public const string AuthenticateStart = "/api/v1/auth/webauthn/authenticate/start";
    public const string AuthenticateFinish = "/api/v1/auth/webauthn/authenticate/finish";

    public static async Task<(string ChallengeId, JsonElement Options)> StartAsync(this TestBrowser browser, string path, object? body = null)
    {
        var response = await browser.PostAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("challengeId").GetString()!, json.GetProperty("options").Clone());
    }

    /// <summary>register/start then register/finish with what the authenticator makes of the options.</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(this TestBrowser browser, SoftwareAuthenticator authenticator, string? nickname = null)
    {
        var (challengeId, options) = await browser.StartAsync(RegisterStart);
        return await browser.PostAsync(RegisterFinish, new { challengeId, credential = authenticator.Create(options), nickname });
    }

    /// <summary>Registers and asserts success; returns the new passkey's JSON.</summary>
    public static async Task<JsonElement> RegisterOkAsync(this TestBrowser browser, SoftwareAuthenticator authenticator, string? nickname = null)
    {
        var response = await browser.RegisterAsync(authenticator, nickname);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"register: {(int)response.StatusCode} {text}");
        await browser.RefreshCsrfAsync(); // the session token changed, and CSRF tokens are bound to it
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>authenticate/start then authenticate/finish with the authenticator's assertion.</summary>
    public static async Task<HttpResponseMessage> AuthenticateAsync(this TestBrowser browser, SoftwareAuthenticator authenticator, string? email = null)
    {
        var (challengeId, options) = await browser.StartAsync(AuthenticateStart, new { email });
        return await browser.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) });
    }

    public static async Task<T> QueryAsync<T>(this FitFolioApp app, Func<FitFolioDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<FitFolioDbContext>());
    }

    public static Task<List<LoginEvent>> AuditAsync(this FitFolioApp app, string eventType) =>
        app.QueryAsync(db => db.LoginEvents.AsNoTracking().Where(e => e.EventType == eventType).ToListAsync());
}

internal static class StatusAssertions
{
    /// <summary>Asserts the status, showing the body when it differs.</summary>
    public static async Task AssertStatusAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            Assert.Fail($"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
