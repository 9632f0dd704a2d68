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

    [Fact]
    public async Task Authenticate_start_with_an_email_lists_no_credential_ids()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var mine = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, mine, "me@example.com");

        var (_, options) = await new TestBrowser(app).StartAsync(AuthenticateStart, new { email = " ME@example.com " });

        Assert.Empty(options.GetProperty("allowCredentials").EnumerateArray());
        Assert.Equal("required", options.GetProperty("userVerification").GetString());
        Assert.Equal("localhost", options.GetProperty("rpId").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Authenticate_start_answers_a_user_with_passkeys_and_an_unknown_address_alike(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        using var first = new SoftwareAuthenticator();
        using var second = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, first, "known@example.com");
        await RegisteredUserAsync(app, second, "known@example.com");
        var browser = new TestBrowser(app);

        var (_, unknown) = await browser.StartAsync(AuthenticateStart, new { email = "nobody@example.com" });
        var (_, known) = await browser.StartAsync(AuthenticateStart, new { email = "known@example.com" });

        Assert.Equal(Shape(known), Shape(unknown));
        Assert.Equal(unknown.GetProperty("allowCredentials").GetArrayLength(), known.GetProperty("allowCredentials").GetArrayLength());
        Assert.Equal(0, known.GetProperty("allowCredentials").GetArrayLength());
    }

    [Fact]
    public async Task A_user_named_by_email_still_signs_in_with_a_discoverable_passkey()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        var userId = await RegisteredUserAsync(app, authenticator, "me@example.com");

        var response = await new TestBrowser(app).AuthenticateAsync(authenticator, "me@example.com");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(userId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("id").GetGuid());
    }

    // The algorithm is fixed at registration, so it is tested there.
    public static TheoryData<string> BrokenAssertions => ["wrong origin", "wrong rp id", "no user presence", "no user verification"];

    [Theory]
    [MemberData(nameof(BrokenAssertions))]
    public async Task An_assertion_from_a_broken_or_foreign_authenticator_is_refused_and_audited(string fault)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        var userId = await RegisteredUserAsync(app, authenticator);
        using var broken = PasskeyRegistrationTests.Broken(fault);
        (authenticator.Origin, authenticator.RpIdOverride, authenticator.UserPresent, authenticator.UserVerified) =
            (broken.Origin, broken.RpIdOverride, broken.UserPresent, broken.UserVerified);

        var response = await new TestBrowser(app).AuthenticateAsync(authenticator);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal(PasskeyRegistrationTests.ExpectedReason(fault), problem.GetProperty("reason").GetString());
        var failure = Assert.Single(await app.AuditAsync(LoginEventTypes.SignInFailed));
        Assert.Equal(userId, failure.UserId);
        Assert.Empty(await app.AuditAsync(LoginEventTypes.SignIn));
    }

    [Fact]
    public async Task A_tampered_signature_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);
        var (challengeId, options) = await browser.StartAsync(AuthenticateStart);
        var credential = authenticator.Get(options);
        using var impostor = new SoftwareAuthenticator { CredentialId = authenticator.CredentialId, UserHandle = authenticator.UserHandle, SignCount = 99 };
        ((Dictionary<string, object>)credential["response"])["signature"] = ((Dictionary<string, object>)impostor.Get(options)["response"])["signature"];

        var response = await browser.PostAsync(AuthenticateFinish, new { challengeId, credential });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal("invalid_signature", problem.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(10u, 10u)]
    [InlineData(10u, 3u)]
    [InlineData(10u, 0u)]
    public async Task A_signature_counter_that_goes_backwards_is_refused_and_audited(uint registeredAt, uint assertedAt)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator { SignCount = registeredAt };
        var userId = await RegisteredUserAsync(app, authenticator);
        authenticator.SignCount = assertedAt;

        var response = await new TestBrowser(app).AuthenticateAsync(authenticator);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "sign_count_regression");
        Assert.Single(await app.AuditAsync(LoginEventTypes.SignCountRegression), e => e.UserId == userId);
        Assert.Equal(registeredAt, (uint)await app.QueryAsync(db => db.WebAuthnCredentials.Select(c => c.SignCount).SingleAsync()));
        Assert.Empty(await app.AuditAsync(LoginEventTypes.SignIn));
    }

    [Fact]
    public async Task An_authenticator_without_a_counter_keeps_signing_in_with_zero()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator { SignCount = 0 };
        await RegisteredUserAsync(app, authenticator);

        for (var i = 0; i < 2; i++)
        {
            authenticator.SignCount = 0;
            await (await new TestBrowser(app).AuthenticateAsync(authenticator)).AssertStatusAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_credential_of_another_user_is_refused_when_the_email_named_a_user()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var alices = new SoftwareAuthenticator();
        using var bobs = new SoftwareAuthenticator();
        var aliceId = await RegisteredUserAsync(app, alices, "alice@example.com");
        await RegisteredUserAsync(app, bobs, "bob@example.com");
        var browser = new TestBrowser(app);

        var response = await browser.AuthenticateAsync(bobs, "alice@example.com");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal("credential_not_owned_by_named_user", problem.GetProperty("reason").GetString());
        Assert.Single(await app.AuditAsync(LoginEventTypes.SignInFailed), e => e.UserId == aliceId);
        await (await browser.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task No_credential_may_answer_a_challenge_for_an_unknown_email()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);

        var response = await new TestBrowser(app).AuthenticateAsync(authenticator, "nobody@example.com");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
    }

    [Fact]
    public async Task A_challenge_id_cannot_be_used_twice()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);
        var (challengeId, options) = await browser.StartAsync(AuthenticateStart);
        await (await browser.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) })).AssertStatusAsync(HttpStatusCode.OK);
        await browser.RefreshCsrfAsync();

        var replay = await browser.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) });

        await replay.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    [Fact]
    public async Task A_signed_assertion_cannot_be_replayed_against_a_new_challenge()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);
        var (firstId, firstOptions) = await browser.StartAsync(AuthenticateStart);
        var captured = authenticator.Get(firstOptions);
        await (await browser.PostAsync(AuthenticateFinish, new { challengeId = firstId, credential = captured })).AssertStatusAsync(HttpStatusCode.OK);
        var attacker = new TestBrowser(app);
        var (secondId, _) = await attacker.StartAsync(AuthenticateStart);

        var replay = await attacker.PostAsync(AuthenticateFinish, new { challengeId = secondId, credential = captured });

        var problem = await replay.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal("invalid_authenticator_response_challenge", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_expired_challenge_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);
        var (challengeId, options) = await browser.StartAsync(AuthenticateStart);
        app.Time!.Advance(TimeSpan.FromSeconds(301));

        var response = await browser.PostAsync(AuthenticateFinish, new { challengeId, credential = authenticator.Get(options) });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    [Fact]
    public async Task A_registration_challenge_cannot_finish_a_sign_in()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var owner = new TestBrowser(app);
        await owner.SignInDirectlyAsync();
        var (registrationId, _) = await owner.StartAsync(RegisterStart);
        var (_, authentication) = await owner.StartAsync(AuthenticateStart);

        var response = await owner.PostAsync(AuthenticateFinish, new { challengeId = registrationId, credential = authenticator.Get(authentication) });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"e30","authenticatorData":"AA","signature":"AA"}}""")]
    [InlineData("""{"id":"AQID","rawId":"AQIE","type":"public-key","response":{"clientDataJSON":"e30","authenticatorData":"AA","signature":"AA"}}""")]
    [InlineData("""{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"%%%","authenticatorData":"AA","signature":"AA"}}""")]
    public async Task A_junk_assertion_is_a_4xx_problem_never_a_500(string credentialJson)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var (challengeId, _) = await browser.StartAsync(AuthenticateStart);

        var body = $$"""{"challengeId":"{{challengeId}}","credential":{{credentialJson}}}""";
        var response = await browser.PostAsync(AuthenticateFinish, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Single(await app.AuditAsync(LoginEventTypes.SignInFailed));
    }

    [Fact]
    public async Task A_junk_assertion_for_a_known_credential_is_refused_without_a_500()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredUserAsync(app, authenticator);
        var browser = new TestBrowser(app);
        var (challengeId, _) = await browser.StartAsync(AuthenticateStart);
        var id = authenticator.IdBase64Url;

        var response = await browser.PostAsync(AuthenticateFinish, new
        {
            challengeId,
            credential = new { id, rawId = id, type = "public-key", response = new { clientDataJSON = "bm90IGpzb24", authenticatorData = "AAEC", signature = "AA", userHandle = "AA" } },
        });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
    }

    private static string Shape(JsonElement options) =>
        string.Join(",", options.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}"));

    internal static async Task<Guid> RegisteredUserAsync(FitFolioApp app, SoftwareAuthenticator authenticator, string email = "lifter@example.com")
    {
        var owner = new TestBrowser(app);
        var userId = await owner.SignInDirectlyAsync(email);
        await owner.RegisterOkAsync(authenticator);
        return userId;
    }
}
