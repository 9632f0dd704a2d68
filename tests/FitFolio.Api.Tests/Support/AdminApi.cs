using System.Net;
using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Support;

/// <summary>Instances under a sign-up policy, their admin, and the invitations the admin hands out.</summary>
public static class AdminApi
{
    public const string Owner = "owner@example.com";

    /// <summary>An app under the policy whose first account (the admin) is <see cref="Owner"/>, signed in in the returned browser.</summary>
    public static async Task<(FitFolioApp App, TestBrowser Admin)> StartWithAdminAsync(
        DatabaseProvider provider, string policy, IDictionary<string, string?>? settings = null, bool fakeTime = false)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Auth:SignUp"] = policy,
            ["RateLimits:MagicLinkStartPerMinute"] = "100", // these tests ask for many links from one test client
        };
        var app = await FitFolioApp.StartAsync(provider, settings: all, fakeTime: fakeTime);
        var admin = new TestBrowser(app);
        await admin.SignInDirectlyAsync(Owner);
        await app.SetAdminAsync(Owner, true);
        return (app, admin);
    }

    public static async Task SetAdminAsync(this FitFolioApp app, string email, bool isAdmin)
    {
        using var scope = app.Services.CreateScope();
        var normalized = EmailAddress.Normalize(email);
        await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Users.Where(u => u.NormalizedEmail == normalized)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.IsAdmin, isAdmin));
    }

    public static async Task<User?> UserAsync(this FitFolioApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var normalized = EmailAddress.Normalize(email);
        return await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
    }

    /// <summary>Creates an invitation and returns its id and the token of its link.</summary>
    public static async Task<(Guid Id, string Token)> InviteAsync(this TestBrowser admin, string? email = null, int expiresInDays = 7)
    {
        var created = await (await admin.PostAsync("/api/v1/admin/invitations", new { email, expiresInDays })).JsonAsync(HttpStatusCode.Created);
        var link = new Uri(created.GetProperty("link").GetString()!);
        return (created.GetProperty("invitation").Id(), QueryHelpers.ParseQuery(link.Query)["invitation"].ToString());
    }

    public static Task<HttpResponseMessage> StartWithInvitationAsync(this TestBrowser browser, string email, string invitation) =>
        browser.PostAsync("/api/v1/auth/magic-link/start", new { email, invitation });

    /// <summary>Joins with an invitation through the real link round trip and returns the response of the verification.</summary>
    public static async Task<HttpResponseMessage> JoinAsync(this TestBrowser browser, string email, string invitation)
    {
        Assert.Equal(HttpStatusCode.Accepted, (await browser.StartWithInvitationAsync(email, invitation)).StatusCode);
        var mail = await browser.App.LatestMailToAsync(email);
        Assert.NotNull(mail);
        return await browser.VerifyAsync(MagicLinkSignIn.TokenOf(mail));
    }

    /// <summary>Status code, body and header names of a response: what a client could compare between two answers.</summary>
    public static async Task<(HttpStatusCode Status, string Body, string Headers)> ShapeAsync(this HttpResponseMessage response) =>
        (response.StatusCode, await response.Content.ReadAsStringAsync(),
            string.Join(",", response.Headers.Select(h => h.Key).Where(k => k != "X-Request-ID").Order()));
}
