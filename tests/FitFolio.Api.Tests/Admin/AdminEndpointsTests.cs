using System.Net;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Auth.Passkeys;
using FitFolio.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Admin;

public sealed class AdminEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_admin_route_is_forbidden_to_a_signed_in_non_admin(DatabaseProvider provider)
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        var memberId = await member.SignInDirectlyAsync("member@example.com");

        var routes = AdminRoutes(app, memberId);
        Assert.True(routes.Count >= 10, $"only {routes.Count} admin routes were found in the route table");
        foreach (var (method, path) in routes)
        {
            var response = await member.SendAsync(method, path, new { confirm = "member@example.com", expiresInDays = 7 });
            await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.NotNull(await app.UserAsync("member@example.com"));
    }

    [Fact]
    public async Task Every_admin_route_asks_an_anonymous_caller_to_sign_in()
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;
        var anonymous = new TestBrowser(app);

        foreach (var (method, path) in AdminRoutes(app, Guid.NewGuid()))
        {
            await (await anonymous.SendAsync(method, path, new { })).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Auth_me_says_whether_the_user_is_an_admin(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        await member.SignInDirectlyAsync("member@example.com");

        Assert.True((await admin.GetJsonAsync("/api/v1/auth/me")).GetProperty("isAdmin").GetBoolean());
        Assert.False((await member.GetJsonAsync("/api/v1/auth/me")).GetProperty("isAdmin").GetBoolean());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_user_list_shows_each_account_with_its_last_use_and_workout_count(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        await member.SignInDirectlyAsync("member@example.com");
        var done = (await member.StartWorkoutAsync()).Id();
        await member.LogSetAsync(done, TrainingApi.BenchPress, 5, 60);
        await member.CompleteAsync(done);
        await member.StartWorkoutAsync();

        var items = (await admin.GetJsonAsync("/api/v1/admin/users")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal([AdminApi.Owner, "member@example.com"], items.Select(i => i.GetProperty("email").GetString()));
        Assert.Equal([0, 2], items.Select(i => i.GetProperty("workoutCount").GetInt32()));
        Assert.Equal([true, false], items.Select(i => i.GetProperty("isAdmin").GetBoolean()));
        Assert.All(items, i => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, i.GetProperty("lastSeenAt").ValueKind));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Disabling_a_user_ends_their_open_session_at_once(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        var memberId = await member.SignInDirectlyAsync("member@example.com");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/workouts")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{memberId}/disable")).StatusCode);

        await (await member.GetAsync("/api/v1/workouts")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.True((await admin.GetJsonAsync("/api/v1/admin/users")).GetProperty("items")[1].GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task A_disabled_users_session_ends_even_if_it_was_not_revoked()
    {
        var (app, _) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        await member.SignInDirectlyAsync("member@example.com");

        await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.Users.Where(u => u.Email == "member@example.com"), u => u.SetProperty(x => x.DisabledAt, DateTimeOffset.UtcNow)));

        await (await member.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_disabled_user_cannot_sign_in_by_link_until_enabled_again(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        var memberId = await member.SignInDirectlyAsync("member@example.com");
        var requester = new TestBrowser(app);
        var pending = await requester.RequestLinkTokenAsync("member@example.com");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/disable");

        await (await requester.VerifyAsync(pending)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/enable");

        Assert.Equal(memberId, await new TestBrowser(app).SignInByMagicLinkAsync("member@example.com"));
    }

    [Fact]
    public async Task A_disabled_users_passkey_fails_like_an_unknown_credential()
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(DatabaseProvider.Sqlite, "open");
        await using var _app = app;
        using var authenticator = new SoftwareAuthenticator();
        var memberId = await PasskeySignInTests.RegisteredUserAsync(app, authenticator, "member@example.com");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/disable");

        var response = await new TestBrowser(app).AuthenticateAsync(authenticator);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "webauthn_failed");
        Assert.Equal("unknown_credential", problem.GetProperty("reason").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_last_admin_cannot_disable_revoke_or_delete_themselves(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var adminId = (await app.UserAsync(AdminApi.Owner))!.Id;
        await new TestBrowser(app).SignInDirectlyAsync("member@example.com");

        await (await admin.PostAsync($"/api/v1/admin/users/{adminId}/disable")).AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");
        await (await admin.DeleteAsync($"/api/v1/admin/users/{adminId}/admin")).AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");
        await (await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{adminId}", new { confirm = AdminApi.Owner }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");
        await (await admin.SendAsync(HttpMethod.Delete, "/api/v1/account", new { confirm = AdminApi.Owner }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");

        Assert.True((await app.UserAsync(AdminApi.Owner))!.IsAdmin);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_only_account_on_an_instance_may_delete_itself_though_it_is_the_admin(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;

        var response = await admin.SendAsync(HttpMethod.Delete, "/api/v1/account", new { confirm = AdminApi.Owner });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await app.UserAsync(AdminApi.Owner));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task With_a_second_admin_the_first_may_step_down(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var memberId = await new TestBrowser(app).SignInDirectlyAsync("member@example.com");
        var adminId = (await app.UserAsync(AdminApi.Owner))!.Id;

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync($"/api/v1/admin/users/{memberId}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/users/{adminId}/admin")).StatusCode);

        await (await admin.GetAsync("/api/v1/admin/users")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.True((await app.UserAsync("member@example.com"))!.IsAdmin);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_user_needs_their_address_and_removes_them_with_their_training(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var member = new TestBrowser(app);
        var memberId = await member.SignInDirectlyAsync("member@example.com");
        var programId = await member.CreateProgramAsync();
        var exerciseId = await member.CreateExerciseAsync("Landmine press");
        await member.CreateTemplateAsync(programId, "Day A", exerciseId);
        await member.LogSetAsync((await member.StartWorkoutAsync()).Id(), exerciseId, 5, 40);

        await (await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{memberId}", new { confirm = "someone@example.com" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var deleted = await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{memberId}", new { confirm = "Member@Example.com" });

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await app.UserAsync("member@example.com"));
        Assert.Equal(0, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Workouts)));
        await (await member.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await admin.PostAsync($"/api/v1/admin/users/{memberId}/disable")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Signing_a_user_out_everywhere_ends_all_their_sessions(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "open");
        await using var _app = app;
        var phone = new TestBrowser(app);
        var laptop = new TestBrowser(app);
        var memberId = await phone.SignInDirectlyAsync("member@example.com");
        await laptop.SignInDirectlyAsync("member@example.com");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{memberId}/sign-out")).StatusCode);

        await (await phone.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await laptop.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_admin_action_writes_an_audit_row_naming_the_admin_and_the_target(DatabaseProvider provider)
    {
        var (app, admin) = await AdminApi.StartWithAdminAsync(provider, "invite");
        await using var _app = app;
        var adminId = (await app.UserAsync(AdminApi.Owner))!.Id;
        var memberId = await new TestBrowser(app).SignInDirectlyAsync("member@example.com");
        var doomedId = await new TestBrowser(app).SignInDirectlyAsync("doomed@example.com");

        await admin.PutAsync($"/api/v1/admin/users/{memberId}/admin");
        await admin.DeleteAsync($"/api/v1/admin/users/{memberId}/admin");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/disable");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/enable");
        await admin.PostAsync($"/api/v1/admin/users/{memberId}/sign-out");
        await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{doomedId}", new { confirm = "doomed@example.com" });
        var (invitationId, _) = await admin.InviteAsync();
        await admin.DeleteAsync($"/api/v1/admin/invitations/{invitationId}");

        foreach (var (type, target) in new[]
                 {
                     (LoginEventTypes.AdminGranted, memberId), (LoginEventTypes.AdminRevoked, memberId), (LoginEventTypes.UserDisabled, memberId),
                     (LoginEventTypes.UserEnabled, memberId), (LoginEventTypes.UserSignedOut, memberId), (LoginEventTypes.UserDeleted, doomedId),
                     (LoginEventTypes.InvitationCreated, invitationId), (LoginEventTypes.InvitationRevoked, invitationId),
                 })
        {
            var row = Assert.Single(await app.AuditAsync(type));
            Assert.Equal(adminId, row.UserId);
            Assert.Contains(target.ToString(), row.Extra, StringComparison.Ordinal);
        }
    }

    /// <summary>Every route the app maps under /api/v1/admin, from its route table, with ids filled in.</summary>
    private static List<(HttpMethod Method, string Path)> AdminRoutes(FitFolioApp app, Guid id)
    {
        var routes = new List<(HttpMethod, string)>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.RawText?.TrimStart('/').StartsWith("api/v1/admin", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment =>
                segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart literal ? literal.Content : id.ToString()));
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                routes.Add((new HttpMethod(method), path));
            }
        }

        return routes;
    }
}
