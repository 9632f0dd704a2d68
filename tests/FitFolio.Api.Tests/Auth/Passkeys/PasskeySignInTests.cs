using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FitFolio.Api.Tests.Support.PasskeyCeremonies;

namespace FitFolio.Api.Tests.Auth.Passkeys;

public sealed class PasskeySignInTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_registered_passkey_signs_in_and_its_counter_and_last_use_are_saved(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using var authenticator = new SoftwareAuthenticator { SignCount = 5 };
        var userId = await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);

        var response = await browser.AuthenticateAsync(authenticator, "lifter@example.com");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(userId, body.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        var stored = await app.QueryAsync(db => db.WebAuthnCredentials.SingleAsync());
        Assert.Equal(6, stored.SignCount);
        Assert.NotNull(stored.LastUsedAt);
        Assert.Contains(await app.AuditAsync(LoginEventTypes.SignIn), e => e.UserId == userId && e.Extra.Contains("\"passkey\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_discoverable_passkey_signs_in_without_an_email()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        var userId = await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);

        var (challengeId, options) = await browser.StartAsync(AuthenticateStart);
        var response = await browser.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) });

        Assert.Empty(options.GetProperty("allowCredentials").EnumerateArray());
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(userId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("id").GetGuid());
    }

    internal static async Task<Guid> RegisteredUserAsync(FitFolioApp app, SoftwareAuthenticator authenticator, string email = "lifter@example.com")
    {
        var owner = new TestBrowser(app);
        var userId = await owner.SignInDirectlyAsync(email);
        await owner.RegisterOkAsync(authenticator);
        return userId;
    }
}
