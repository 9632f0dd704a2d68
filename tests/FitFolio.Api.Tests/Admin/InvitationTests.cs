using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Admin;

/// <summary>Invitations under the invite policy: single use, bound to their address when they name one, and dead once expired or revoked.</summary>
public sealed class InvitationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_invitation_lets_one_stranger_join_once(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite");
        await using var _app = app;
        var (_, token) = await admin.InviteAsync();

        var joined = await new TestBrowser(app).JoinAsync("friend@example.com", token);
        await new TestBrowser(app).StartWithInvitationAsync("second@example.com", token);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.False((await app.UserAsync("friend@example.com"))!.IsAdmin);
        Assert.Null(await app.LatestMailToAsync("second@example.com"));
        var listed = (await admin.GetJsonAsync("/api/v1/admin/invitations")).GetProperty("items")[0];
        Assert.Equal("used", listed.GetProperty("status").GetString());
        Assert.Equal("friend@example.com", listed.GetProperty("usedByEmail").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_links_from_one_invitation_admit_only_the_first_one_used(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite");
        await using var _app = app;
        var (_, token) = await admin.InviteAsync();
        var first = new TestBrowser(app);
        var second = new TestBrowser(app);
        await first.StartWithInvitationAsync("one@example.com", token);
        await second.StartWithInvitationAsync("two@example.com", token);

        var one = await first.VerifyAsync(MagicLinkSignIn.TokenOf((await app.LatestMailToAsync("one@example.com"))!));
        var two = await second.VerifyAsync(MagicLinkSignIn.TokenOf((await app.LatestMailToAsync("two@example.com"))!));

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        await two.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        Assert.Null(await app.UserAsync("two@example.com"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_invitation_for_an_address_admits_only_that_address(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite");
        await using var _app = app;
        var (_, token) = await admin.InviteAsync("Friend@Example.com");

        var other = await (await new TestBrowser(app).StartWithInvitationAsync("eve@example.com", token)).ShapeAsync();
        var joined = await new TestBrowser(app).JoinAsync("friend@example.com", token);

        Assert.Equal(HttpStatusCode.Accepted, other.Status);
        Assert.Null(await app.LatestMailToAsync("eve@example.com"));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_expired_invitation_admits_nobody(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite", fakeTime: true);
        await using var _app = app;
        var (_, token) = await admin.InviteAsync(expiresInDays: 1);
        app.Time!.Advance(TimeSpan.FromDays(1));

        await new TestBrowser(app).StartWithInvitationAsync("late@example.com", token);

        Assert.Null(await app.LatestMailToAsync("late@example.com"));
        Assert.Equal("expired", (await admin.GetJsonAsync("/api/v1/admin/invitations")).GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Start_answers_alike_for_a_valid_a_used_an_expired_and_a_revoked_invitation(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite", fakeTime: true);
        await using var _app = app;
        var (_, used) = await admin.InviteAsync();
        await new TestBrowser(app).JoinAsync("friend@example.com", used);
        var (_, expired) = await admin.InviteAsync(expiresInDays: 1);
        var (revokedId, revoked) = await admin.InviteAsync();
        await admin.DeleteAsync($"/api/v1/admin/invitations/{revokedId}");
        app.Time!.Advance(TimeSpan.FromDays(1));
        var (_, valid) = await admin.InviteAsync();

        var shapes = new List<(HttpStatusCode, string, string)>();
        foreach (var (email, token) in new[] { ("a@example.com", valid), ("b@example.com", used), ("c@example.com", expired), ("d@example.com", revoked), ("e@example.com", "not-a-token") })
        {
            shapes.Add(await (await new TestBrowser(app).StartWithInvitationAsync(email, token)).ShapeAsync());
        }

        Assert.Single(shapes.Distinct());
        Assert.NotNull(await app.LatestMailToAsync("a@example.com"));
        foreach (var refused in new[] { "b", "c", "d", "e" })
        {
            Assert.Null(await app.LatestMailToAsync($"{refused}@example.com"));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Closed_refuses_to_make_invitations(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "closed");
        await using var _app = app;

        var response = await admin.PostAsync("/api/v1/admin/invitations", new { expiresInDays = 7 });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "sign_up_closed");
    }

    [Fact]
    public async Task An_invitation_needs_a_valid_address_and_a_lifetime_of_one_to_thirty_days()
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "invite");
        await using var _app = app;

        var problem = await (await admin.PostAsync("/api/v1/admin/invitations", new { email = "not an address", expiresInDays = 31 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["email", "expiresInDays"], problem.ErrorFields().Order());
    }

    [Fact]
    public async Task Only_the_hash_of_an_invitation_token_is_stored()
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "invite");
        await using var _app = app;
        var (id, token) = await admin.InviteAsync();

        var stored = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Invitations, i => i.Id == id));

        Assert.Equal(FitFolio.Api.Auth.Sessions.SessionTokenService.Hash(token), stored.TokenHash);
    }
}
