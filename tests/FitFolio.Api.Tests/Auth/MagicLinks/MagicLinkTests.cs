using System.Net;
using System.Text.Json;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static FitFolio.Api.Tests.Auth.Sessions.SessionTests;

namespace FitFolio.Api.Tests.Auth.MagicLinks;

public sealed class MagicLinkTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_first_link_creates_the_account_and_signs_in(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);

        var userId = await browser.SignInByMagicLinkAsync("Kate@Example.com");

        var me = JsonDocument.Parse(await (await browser.GetAsync("/api/v1/auth/me")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(userId, me.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal("Kate@Example.com", me.GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Start_answers_the_same_for_known_and_unknown_addresses()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        await new TestBrowser(app).SignInByMagicLinkAsync("known@example.com");

        var known = await new TestBrowser(app).StartMagicLinkAsync("known@example.com");
        var unknown = await new TestBrowser(app).StartMagicLinkAsync("unknown@example.com");

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(known.Headers.Select(h => h.Key).Where(k => k != "X-Request-ID").Order(), unknown.Headers.Select(h => h.Key).Where(k => k != "X-Request-ID").Order());
    }

    [Fact]
    public async Task The_link_is_built_from_the_public_url_never_the_host_header()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["App:PublicUrl"] = "http://fitfolio.home.arpa:8080" });
        // Development answers loopback host names only, so the Host is another loopback origin than the public URL.
        var browser = new TestBrowser(app, new Uri("http://127.0.0.1:9999"));
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");

        await browser.StartMagicLinkAsync("kate@example.com");

        var mail = await app.LatestMailToAsync("kate@example.com");
        Assert.StartsWith("http://fitfolio.home.arpa:8080/auth/verify?token=", mail!.Link!.AbsoluteUri);
        Assert.Contains(mail.Link.AbsoluteUri, mail.TextBody);
    }

    [Fact]
    public async Task A_used_link_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");
        Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(token)).StatusCode);

        var replay = await new TestBrowser(app).VerifyAsync(token);

        await replay.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Twenty_concurrent_redemptions_give_exactly_one_session(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var token = await new TestBrowser(app).RequestLinkTokenAsync("kate@example.com");
        var browsers = Enumerable.Range(0, 20).Select(_ => new TestBrowser(app)).ToList();
        // Twenty devices, not one: verify is rate limited per client.
        browsers.ForEach(b => b.Client.DefaultRequestHeaders.Add(FitFolioApp.PeerIpHeader, $"198.51.100.{browsers.IndexOf(b) + 1}"));
        await Task.WhenAll(browsers.Select(b => b.RefreshCsrfAsync()));

        var responses = await Task.WhenAll(browsers.Select(b => Task.Run(() => b.VerifyAsync(token, confirm: true))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(1, await WithDbAsync(app, db => db.Sessions.CountAsync()));
        Assert.Equal(1, await WithDbAsync(app, db => db.Users.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Ten_concurrent_starts_for_one_address_leave_exactly_one_live_link(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browsers = Enumerable.Range(0, 10).Select(_ => new TestBrowser(app)).ToList();
        // Ten devices, not one: start is rate limited per client.
        browsers.ForEach(b => b.Client.DefaultRequestHeaders.Add(FitFolioApp.PeerIpHeader, $"198.51.100.{browsers.IndexOf(b) + 1}"));
        await Task.WhenAll(browsers.Select(b => b.RefreshCsrfAsync()));

        // A race: three addresses make a lost one likely to show.
        var addresses = new[] { "kate@example.com", "lena@example.com", "mira@example.com" };
        foreach (var address in addresses)
        {
            var responses = await Task.WhenAll(browsers.Select(b => Task.Run(() => b.StartMagicLinkAsync(address))));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        }

        var now = DateTimeOffset.UtcNow;
        var links = await WithDbAsync(app, db => db.MagicLinkTokens.Select(t => new { t.NormalizedEmail, t.UsedAt, t.ExpiresAt }).ToListAsync());
        Assert.Equal(30, links.Count);
        Assert.All(addresses, a => Assert.Single(links, l => l.NormalizedEmail == a && l.UsedAt == null && l.ExpiresAt > now));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Full_width_and_ideographic_spellings_sign_in_to_the_same_account_and_mail_the_stored_address(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var owner = await new TestBrowser(app).SignInByMagicLinkAsync("victim@example.com");

        var fullWidth = await new TestBrowser(app).SignInByMagicLinkAsync("victim@\uff45xample.com", mailedTo: "victim@example.com");
        var ideographic = await new TestBrowser(app).SignInByMagicLinkAsync("victim@example\u3002com", mailedTo: "victim@example.com");

        Assert.Equal(owner, fullWidth);
        Assert.Equal(owner, ideographic);
        Assert.Equal(1, await WithDbAsync(app, db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_link_expires_after_ten_minutes()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");

        app.Time!.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        await (await browser.VerifyAsync(token)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task A_link_still_works_just_before_it_expires()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");

        app.Time!.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));

        Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(token)).StatusCode);
    }

    [Fact]
    public async Task A_newer_link_voids_the_older_one()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var older = await browser.RequestLinkTokenAsync("kate@example.com");
        var newer = await browser.RequestLinkTokenAsync("kate@example.com");

        await (await browser.VerifyAsync(older)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(newer)).StatusCode);
    }

    [Fact]
    public async Task Opening_the_link_with_a_get_does_not_spend_it()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");

        var scanner = await new TestBrowser(app).GetAsync($"/auth/verify?token={token}");

        Assert.Equal("no-referrer", scanner.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(token)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("' OR 1=1 --")]
    public async Task A_junk_token_is_an_invalid_token_problem(string token)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).VerifyAsync(token);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task An_oversized_token_is_an_invalid_token_problem()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).VerifyAsync(new string('A', 100_000));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task A_missing_body_is_a_malformed_request_problem()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var junk = new StringContent("{\"token\": ", System.Text.Encoding.UTF8, "application/json");

        var response = await new TestBrowser(app).PostAsync("/api/v1/auth/magic-link/verify", junk);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
    }

    [Fact]
    public async Task The_address_is_matched_without_regard_to_case_or_spaces_and_mail_goes_to_the_stored_one()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var kate = await new TestBrowser(app).SignInByMagicLinkAsync("Kate@Example.com");

        var again = await new TestBrowser(app).SignInByMagicLinkAsync("  kate@EXAMPLE.com ", mailedTo: "Kate@Example.com");

        Assert.Equal(kate, again);
    }

    [Fact]
    public async Task A_kelvin_sign_look_alike_mails_the_stored_address_not_the_typed_one()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        await new TestBrowser(app).SignInByMagicLinkAsync("kate@example.com");
        var before = await app.LatestMailToAsync("kate@example.com");

        var response = await new TestBrowser(app).StartMagicLinkAsync("\u212Aate@example.com");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(await app.LatestMailToAsync("\u212Aate@example.com"));
        Assert.NotSame(before, await app.LatestMailToAsync("kate@example.com"));
    }

    [Fact]
    public async Task A_dotless_i_address_is_a_different_account()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = await new TestBrowser(app).SignInByMagicLinkAsync("admin@example.com");

        var lookalike = await new TestBrowser(app).SignInByMagicLinkAsync("adm\u0131n@example.com");

        Assert.NotEqual(admin, lookalike);
    }

    [Fact]
    public async Task Composed_and_decomposed_spellings_are_one_account()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var composed = await new TestBrowser(app).SignInByMagicLinkAsync("am\u00E9lie@example.com");

        var decomposed = await new TestBrowser(app).SignInByMagicLinkAsync("ame\u0301lie@example.com", mailedTo: "am\u00E9lie@example.com");

        Assert.Equal(composed, decomposed);
    }

    [Theory]
    [InlineData("kate\uFF20example.com")]
    [InlineData("kate@example.com\r\nBcc: everyone@example.com")]
    [InlineData("kate@example.com\n")]
    [InlineData("Kate <kate@example.com>")]
    [InlineData("kate@example.com, eve@example.com")]
    [InlineData("not-an-address")]
    [InlineData("")]
    public async Task A_malformed_address_is_a_validation_problem_naming_the_field(string email)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).StartMagicLinkAsync(email);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
        Assert.Empty((await WithDbAsync(app, db => db.MagicLinkTokens.ToListAsync())));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%252F%252Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/workouts\r\nSet-Cookie: x=1")]
    [InlineData("workouts")]
    public async Task A_next_that_leaves_the_site_is_refused(string next)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).StartMagicLinkAsync("kate@example.com", next);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("next", out _));
    }

    [Fact]
    public async Task A_local_next_comes_back_after_verification()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com", next: "/workouts/42?tab=sets");

        var response = await browser.VerifyAsync(token);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/workouts/42?tab=sets", body.GetProperty("next").GetString());
    }

    [Fact]
    public async Task The_session_cookie_has_the_development_attributes_over_http()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");

        var response = await browser.VerifyAsync(token);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fitfolio_session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
        Assert.DoesNotContain("secure", cookie);
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_secure_and_host_prefixed()
    {
        var smtp = await SmtpServer.GetAsync();
        var settings = smtp.AppSettings();
        settings["App:PublicUrl"] = "https://fitfolio.example.com";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: settings);
        var browser = new TestBrowser(app, new Uri("https://fitfolio.example.com"));
        var address = SmtpServer.UniqueAddress();
        await browser.StartMagicLinkAsync(address);
        var mail = await smtp.SingleMailToAsync(address);
        var token = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, "token=([A-Za-z0-9_-]{43})").Groups[1].Value;

        var response = await browser.VerifyAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-fitfolio_session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task Signing_in_never_keeps_a_session_token_the_browser_brought()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync("kate@example.com");
        var before = browser.SessionToken!;

        await browser.SignInByMagicLinkAsync("kate@example.com");

        Assert.NotEqual(before, browser.SessionToken);
        var planted = new TestBrowser(app);
        planted.SetCookie("fitfolio_session", before);
        Assert.Equal(HttpStatusCode.Unauthorized, (await planted.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Every_step_is_in_the_audit_trail_without_a_token()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInByMagicLinkAsync("kate@example.com");
        var token = await browser.RequestLinkTokenAsync("kate@example.com");
        await (await new TestBrowser(app).VerifyAsync("junk")).Content.ReadAsStringAsync();
        await browser.VerifyAsync(token);
        await browser.RefreshCsrfAsync();

        var events = JsonDocument.Parse(await (await browser.GetAsync("/api/v1/auth/events")).Content.ReadAsStringAsync()).RootElement;

        var types = events.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal([LoginEventTypes.SignIn, LoginEventTypes.MagicLinkRequested, LoginEventTypes.SignIn], types);
        var all = await WithDbAsync(app, db => db.LoginEvents.ToListAsync());
        Assert.Contains(all, e => e.EventType == LoginEventTypes.SignInFailed && e.Extra.Contains("unknown", StringComparison.Ordinal));
        Assert.DoesNotContain(all, e => e.Extra.Contains(token, StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Verify_in_the_browser_that_asked_for_the_link_signs_in_at_once(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var token = await browser.RequestLinkTokenAsync("kate@example.com");

        var response = await browser.VerifyAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(browser.SessionToken);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Verify_in_another_browser_asks_to_confirm_before_signing_in(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var token = await new TestBrowser(app).RequestLinkTokenAsync("kate@example.com");
        var victim = new TestBrowser(app);

        var response = await victim.VerifyAsync(token);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "confirmation_required");
        Assert.Equal("k…@example.com", problem.GetProperty("email").GetString());
        Assert.Null(victim.SessionToken);
        Assert.Equal(0, await WithDbAsync(app, db => db.Sessions.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Asking_to_confirm_does_not_spend_the_link_and_confirming_signs_in(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var token = await new TestBrowser(app).RequestLinkTokenAsync("kate@example.com");
        var phone = new TestBrowser(app);
        Assert.Equal(HttpStatusCode.Conflict, (await phone.VerifyAsync(token)).StatusCode);

        var confirmed = await phone.VerifyAsync(token, confirm: true);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(phone.SessionToken);
        await phone.RefreshCsrfAsync();
        await (await phone.VerifyAsync(token, confirm: true)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task A_link_cookie_from_another_request_of_the_attacker_still_asks_to_confirm()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var token = await new TestBrowser(app).RequestLinkTokenAsync("mallory@example.com");
        var victim = new TestBrowser(app);
        await victim.RequestLinkTokenAsync("victim@example.com");
        victim.SetCookie("fitfolio_link", SessionTokenService.NewToken());

        var response = await victim.VerifyAsync(token);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "confirmation_required");
    }

    [Fact]
    public async Task An_unknown_token_is_invalid_whether_or_not_it_is_confirmed()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).VerifyAsync(SessionTokenService.NewToken());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task The_link_request_cookie_is_http_only_lax_and_lives_as_long_as_a_link()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);

        var response = await browser.StartMagicLinkAsync("kate@example.com");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fitfolio_link=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
        Assert.Contains("max-age=600", cookie);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Over_https_the_link_request_cookie_is_secure_and_host_prefixed()
    {
        var smtp = await SmtpServer.GetAsync();
        var settings = smtp.AppSettings();
        settings["App:PublicUrl"] = "https://fitfolio.example.com";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: settings);
        var browser = new TestBrowser(app, new Uri("https://fitfolio.example.com"));

        var response = await browser.StartMagicLinkAsync(SmtpServer.UniqueAddress());

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-fitfolio_link=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("path=/", cookie);
    }

    [Fact]
    public async Task Only_the_hash_of_the_link_request_nonce_is_stored()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.RequestLinkTokenAsync("kate@example.com");
        var nonce = browser.Cookie("fitfolio_link")!;

        var stored = await WithDbAsync(app, db => db.MagicLinkTokens.Select(t => t.BrowserBindingHash).SingleAsync());

        Assert.Equal(SessionTokenService.Hash(nonce), stored);
    }
}
