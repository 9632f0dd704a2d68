using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Support;

/// <summary>The real magic-link round trip: ask for a link, read it from the development outbox, redeem it.</summary>
public static class MagicLinkSignIn
{
    public static async Task<HttpResponseMessage> StartMagicLinkAsync(this TestBrowser browser, string email, string? next = null) =>
        await browser.PostAsync("/api/v1/auth/magic-link/start", new { email, next });

    /// <summary>The newest mail the outbox holds for an address, once the mail queue has drained.</summary>
    public static async Task<EmailMessage?> LatestMailToAsync(this FitFolioApp app, string to)
    {
        await app.Services.GetRequiredService<EmailQueue>().WhenDrainedAsync();
        return app.Services.GetRequiredService<DevelopmentOutbox>().Messages.FirstOrDefault(m => m.Message.To == to)?.Message;
    }

    public static string TokenOf(EmailMessage mail) => QueryHelpers.ParseQuery(mail.Link!.Query)["token"].ToString();

    public static async Task<string> RequestLinkTokenAsync(this TestBrowser browser, string email, string? next = null, string? mailedTo = null)
    {
        var response = await browser.StartMagicLinkAsync(email, next);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await browser.App.LatestMailToAsync(mailedTo ?? email.Trim());
        Assert.NotNull(mail);
        return TokenOf(mail);
    }

    /// <summary>Redeems a link; <paramref name="confirm"/> is the click a browser other than the requesting one needs.</summary>
    public static Task<HttpResponseMessage> VerifyAsync(this TestBrowser browser, string token, bool? confirm = null) =>
        browser.PostAsync("/api/v1/auth/magic-link/verify", confirm is null ? new { token } : new { token, confirm });

    /// <summary>Signs in (creating the account on first use) and returns the user's id.</summary>
    public static async Task<Guid> SignInByMagicLinkAsync(this TestBrowser browser, string email, string? mailedTo = null)
    {
        var token = await browser.RequestLinkTokenAsync(email, mailedTo: mailedTo);
        var response = await browser.VerifyAsync(token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await browser.RefreshCsrfAsync();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("user").GetProperty("id").GetGuid();
    }
}
