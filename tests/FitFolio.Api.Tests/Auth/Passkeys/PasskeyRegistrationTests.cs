using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FitFolio.Api.Tests.Support.PasskeyCeremonies;

namespace FitFolio.Api.Tests.Auth.Passkeys;

public sealed class PasskeyRegistrationTests
{
    [Fact]
    public async Task Register_start_offers_standard_creation_options_that_exclude_existing_passkeys()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        using var first = new SoftwareAuthenticator();
        await browser.RegisterOkAsync(first);

        var (challengeId, options) = await browser.StartAsync(RegisterStart);

        Assert.Equal(43, challengeId.Length);
        Assert.Equal(32, Base64Url.DecodeFromChars(options.GetProperty("challenge").GetString()).Length);
        Assert.Equal("localhost", options.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal(userId, new Guid(Base64Url.DecodeFromChars(options.GetProperty("user").GetProperty("id").GetString()), bigEndian: true));
        Assert.Equal([-7, -8, -257], options.GetProperty("pubKeyCredParams").EnumerateArray().Select(p => p.GetProperty("alg").GetInt32()));
        Assert.Equal("required", options.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
        Assert.Equal("required", options.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        Assert.Equal("none", options.GetProperty("attestation").GetString());
        Assert.Equal(300_000, options.GetProperty("timeout").GetInt32());
        Assert.Equal([first.IdBase64Url], options.GetProperty("excludeCredentials").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_passkey_registers_and_the_addition_is_audited(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        await new TestBrowser(app).SignInDirectlyAsync(); // the same user on another device
        using var authenticator = new SoftwareAuthenticator { BackedUp = true };

        var passkey = await browser.RegisterOkAsync(authenticator, "  Pixel 9  ");

        Assert.Equal("Pixel 9", passkey.GetProperty("nickname").GetString());
        Assert.Equal(["internal", "hybrid"], passkey.GetProperty("transports").EnumerateArray().Select(t => t.GetString()));
        Assert.True(passkey.GetProperty("backedUp").GetBoolean());
        Assert.Equal(JsonValueKind.Null, passkey.GetProperty("lastUsedAt").ValueKind);
        Assert.Equal(1, passkey.GetProperty("otherSessions").GetInt32());
        var stored = await app.QueryAsync(db => db.WebAuthnCredentials.SingleAsync());
        Assert.Equal(userId, stored.UserId);
        Assert.Equal(authenticator.CredentialId, stored.CredentialId);
        Assert.Single(await app.AuditAsync(LoginEventTypes.PasskeyAdded), e => e.UserId == userId);
    }

    [Fact]
    public async Task Registration_rotates_the_session_and_the_old_token_dies_at_once()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var oldToken = browser.SessionToken!;
        using var authenticator = new SoftwareAuthenticator();

        await browser.RegisterOkAsync(authenticator);

        Assert.NotEqual(oldToken, browser.SessionToken);
        await (await browser.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
        var replay = new TestBrowser(app);
        replay.SetCookie("fitfolio_session", oldToken);
        await (await replay.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Register_start_outside_the_reauthentication_window_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        app.Time!.Advance(TimeSpan.FromMinutes(11));

        var response = await browser.PostAsync(RegisterStart, new { });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "reauth_required");
    }

    [Fact]
    public async Task Register_finish_after_the_reauthentication_window_closed_is_refused_and_adds_nothing()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        app.Time!.Advance(TimeSpan.FromMinutes(9));
        var (challengeId, options) = await browser.StartAsync(RegisterStart);
        app.Time.Advance(TimeSpan.FromMinutes(2));

        var response = await browser.PostAsync(RegisterFinish, new { challengeId, credential = authenticator.Create(options) });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "reauth_required");
        Assert.Equal(0, await app.QueryAsync(db => db.WebAuthnCredentials.CountAsync()));
    }

    [Fact]
    public async Task Register_start_needs_a_signed_in_user()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).PostAsync(RegisterStart, new { });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    public static TheoryData<string> BrokenAuthenticators => ["wrong origin", "wrong rp id", "no user presence", "no user verification", "unlisted algorithm"];

    [Theory]
    [MemberData(nameof(BrokenAuthenticators))]
    public async Task Registration_from_a_broken_or_foreign_authenticator_is_refused_and_audited(string fault)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        using var authenticator = Broken(fault);

        var response = await browser.RegisterAsync(authenticator);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal(ExpectedReason(fault), problem.GetProperty("reason").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.WebAuthnCredentials.CountAsync()));
        var failure = Assert.Single(await app.AuditAsync(LoginEventTypes.PasskeyRegistrationFailed));
        Assert.Equal(userId, failure.UserId);
        Assert.Contains(ExpectedReason(fault), failure.Extra, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_id_registered_to_another_user_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var victims = new SoftwareAuthenticator();
        var victim = new TestBrowser(app);
        await victim.SignInDirectlyAsync("victim@example.com");
        await victim.RegisterOkAsync(victims);
        var attacker = new TestBrowser(app);
        await attacker.SignInDirectlyAsync("attacker@example.com");
        using var clone = new SoftwareAuthenticator { CredentialId = victims.CredentialId };

        var response = await attacker.RegisterAsync(clone);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "passkey_already_registered");
        Assert.Equal(1, await app.QueryAsync(db => db.WebAuthnCredentials.CountAsync()));
    }

    [Fact]
    public async Task A_registration_challenge_cannot_be_finished_by_another_user()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var alice = new TestBrowser(app);
        await alice.SignInDirectlyAsync("alice@example.com");
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        using var authenticator = new SoftwareAuthenticator();
        var (challengeId, options) = await alice.StartAsync(RegisterStart);

        var response = await mallory.PostAsync(RegisterFinish, new { challengeId, credential = authenticator.Create(options) });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    [Fact]
    public async Task An_authentication_challenge_cannot_finish_a_registration()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();
        var (_, registration) = await browser.StartAsync(RegisterStart);
        var (authenticationChallengeId, _) = await browser.StartAsync(AuthenticateStart);

        var response = await browser.PostAsync(RegisterFinish, new { challengeId = authenticationChallengeId, credential = authenticator.Create(registration) });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_challenge");
    }

    public static TheoryData<string> JunkCredentials =>
    [
        "\"a string\"",
        "{}",
        """{"id":"!!!","rawId":"!!!","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA"}}""",
        """{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"bm90IGpzb24","attestationObject":"oA"}}""",
        """{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"_-_-_-_-"}}""",
        """{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YUEA"}}""",
        """{"id":"AQID","rawId":"AQID","type":"something-else","response":{"clientDataJSON":"e30","attestationObject":"oA"}}""",
    ];

    [Theory]
    [MemberData(nameof(JunkCredentials))]
    public async Task A_junk_credential_is_a_webauthn_failed_problem_never_a_500(string credentialJson)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (challengeId, _) = await browser.StartAsync(RegisterStart);

        var body = $$"""{"challengeId":"{{challengeId}}","credential":{{credentialJson}}}""";
        var response = await browser.PostAsync(RegisterFinish, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Single(await app.AuditAsync(LoginEventTypes.PasskeyRegistrationFailed));
    }

    [Fact]
    public async Task A_megabyte_of_client_data_is_refused_as_too_large()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (challengeId, _) = await browser.StartAsync(RegisterStart);

        var clientData = Base64Url.EncodeToString(new byte[1024 * 1024]);
        var body = JsonSerializer.Serialize(new { challengeId, credential = new { id = "AQID", rawId = "AQID", type = "public-key", response = new { clientDataJSON = clientData, attestationObject = "oA" } } });
        var response = await browser.PostAsync(RegisterFinish, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task A_passkey_nickname_with_control_characters_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        using var authenticator = new SoftwareAuthenticator();

        var response = await browser.RegisterAsync(authenticator, "Phone\r\nInjected: yes");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    internal static SoftwareAuthenticator Broken(string fault) => fault switch
    {
        "wrong origin" => new SoftwareAuthenticator { Origin = "https://evil.example" },
        "wrong rp id" => new SoftwareAuthenticator { RpIdOverride = "evil.example" },
        "no user presence" => new SoftwareAuthenticator { UserPresent = false },
        "no user verification" => new SoftwareAuthenticator { UserVerified = false },
        "unlisted algorithm" => new SoftwareAuthenticator(es512: true),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    internal static string ExpectedReason(string fault) => fault switch
    {
        "wrong origin" => "invalid_authenticator_response_origin",
        "wrong rp id" => "invalid_rpid_hash",
        "no user presence" => "user_present_flag_not_set",
        "no user verification" => "user_verification_requirement_not_met",
        "unlisted algorithm" => "credential_algorithm_requirement_not_met",
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}
