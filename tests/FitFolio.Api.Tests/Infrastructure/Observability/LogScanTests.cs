using System.Net;
using System.Text.RegularExpressions;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Observability;

public sealed class LogScanTests
{
    [Fact]
    public async Task No_token_cookie_or_csrf_value_ever_reaches_the_log()
    {
        var smtp = await SmtpServer.GetAsync();
        var settings = smtp.AppSettings();
        settings["App:PublicUrl"] = "https://fitfolio.example.com";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: settings);
        var browser = new TestBrowser(app, new Uri("https://fitfolio.example.com"));
        var address = SmtpServer.UniqueAddress();

        var csrfBefore = await browser.RefreshCsrfAsync();
        await browser.StartMagicLinkAsync(address, "/workouts");
        var mail = await smtp.SingleMailToAsync(address);
        var linkToken = Regex.Match(mail.TextBody!, "token=([A-Za-z0-9_-]{43})").Groups[1].Value;
        await browser.GetAsync($"/auth/verify?token={linkToken}");
        Assert.Equal(HttpStatusCode.OK, (await browser.VerifyAsync(linkToken)).StatusCode);
        var sessionToken = browser.Cookie("__Host-fitfolio_session")!;
        var csrfAfter = await browser.RefreshCsrfAsync();
        await browser.GetAsync("/api/v1/auth/me");
        await browser.VerifyAsync(linkToken);
        await browser.PostAsync("/api/v1/auth/logout");

        var log = await app.Log.WhenContainsAsync("/api/v1/auth/logout");
        Assert.Contains("/api/v1/auth/magic-link/verify", log);
        Assert.DoesNotContain(linkToken, log);
        Assert.DoesNotContain(sessionToken, log);
        Assert.DoesNotContain(csrfBefore, log);
        Assert.DoesNotContain(csrfAfter, log);
        Assert.DoesNotContain(browser.Cookie("__Host-fitfolio_csrf") ?? "no csrf cookie", log);
        Assert.DoesNotContain(address, log);
    }
}
