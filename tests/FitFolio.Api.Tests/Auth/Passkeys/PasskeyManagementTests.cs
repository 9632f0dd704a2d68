using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Auth.Passkeys;

public sealed class PasskeyManagementTests
{
    [Fact]
    public async Task Passkeys_are_listed_for_their_owner_only()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var alice = new TestBrowser(app);
        await alice.SignInDirectlyAsync("alice@example.com");
        using var phone = new SoftwareAuthenticator();
        var added = await alice.RegisterOkAsync(phone, "Phone");
        var bob = new TestBrowser(app);
        await bob.SignInDirectlyAsync("bob@example.com");

        var alices = await alice.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/passkeys");
        var bobs = await bob.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/passkeys");

        var item = Assert.Single(alices.GetProperty("items").EnumerateArray());
        Assert.Equal(added.GetProperty("id").GetGuid(), item.GetProperty("id").GetGuid());
        Assert.Equal("Phone", item.GetProperty("nickname").GetString());
        Assert.Empty(bobs.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_passkey_can_be_renamed_and_the_rename_is_audited()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var id = (await browser.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();

        var response = await browser.PatchAsync($"/api/v1/auth/passkeys/{id}", new { nickname = "Work laptop" });

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("Work laptop", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nickname").GetString());
        Assert.Single(await app.AuditAsync(LoginEventTypes.PasskeyRenamed), e => e.UserId == userId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\there")]
    [InlineData("bidi \u202E override")]
    public async Task A_passkey_name_must_be_printable_and_not_empty(string nickname)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var id = (await browser.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();

        var response = await browser.PatchAsync($"/api/v1/auth/passkeys/{id}", new { nickname });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task A_passkey_name_has_at_most_100_characters()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var id = (await browser.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();

        var response = await browser.PatchAsync($"/api/v1/auth/passkeys/{id}", new { nickname = new string('x', 101) });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await browser.PatchAsync($"/api/v1/auth/passkeys/{id}", new { nickname = new string('x', 100) })).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_users_passkey_cannot_be_renamed_or_removed()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var alice = new TestBrowser(app);
        await alice.SignInDirectlyAsync("alice@example.com");
        using var authenticator = new SoftwareAuthenticator();
        var id = (await alice.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");

        await (await mallory.PatchAsync($"/api/v1/auth/passkeys/{id}", new { nickname = "mine now" })).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await mallory.DeleteAsync($"/api/v1/auth/passkeys/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Single((await alice.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/passkeys")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Removing_a_passkey_needs_a_recent_sign_in()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var id = (await browser.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();
        app.Time!.Advance(TimeSpan.FromMinutes(11));

        var response = await browser.DeleteAsync($"/api/v1/auth/passkeys/{id}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "reauth_required");
    }

    [Fact]
    public async Task A_removed_passkey_no_longer_signs_in_and_the_removal_is_audited()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var id = (await browser.RegisterOkAsync(authenticator)).GetProperty("id").GetGuid();

        await (await browser.DeleteAsync($"/api/v1/auth/passkeys/{id}")).AssertStatusAsync(HttpStatusCode.NoContent);

        Assert.Single(await app.AuditAsync(LoginEventTypes.PasskeyRemoved), e => e.UserId == userId);
        var signIn = await new TestBrowser(app).AuthenticateAsync(authenticator);
        var problem = await signIn.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal("unknown_credential", problem.GetProperty("reason").GetString());
    }
}
