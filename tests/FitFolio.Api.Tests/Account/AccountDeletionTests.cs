using System.Net;
using System.Reflection;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Exports;
using FitFolio.Api.Tests.Imports;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Account;

public sealed class AccountDeletionTests
{
    /// <summary>
    /// Tables that hold no user's rows; every other table has a user_id or hangs below one that has. Invitations are
    /// instance data: they keep no user once that user is gone (their user columns are set to null).
    /// </summary>
    private static readonly string[] SharedTables = ["data_protection_keys", "invitations"];

    private static readonly string[] ChildTables = ["users", "workout_templates", "template_exercises", "workout_plan_items"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_the_account_removes_its_rows_from_every_table_and_signs_out_every_device(DatabaseProvider provider)
    {
        var (app, browser, userId) = await ExportEndpointsTests.AccountWithEverythingAsync(provider);
        await using var _ = app;
        var otherDevice = new TestBrowser(app);
        await otherDevice.SignInDirectlyAsync();
        var stranger = new TestBrowser(app);
        await stranger.SignInDirectlyAsync("stranger@example.com");
        await stranger.LogSetAsync((await stranger.StartWorkoutAsync()).Id(), TrainingApi.BenchPress, 5, 60);
        var before = await RowsOfAsync(app, userId);

        var response = await browser.SendAsync(HttpMethod.Delete, "/api/v1/account", new { confirm = "  Lifter@Example.com " });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fitfolio_session=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970"));
        Assert.All(new[] { "workouts", "workout_sets", "session_bests", "session_rep_bests", "exercises", "programs", "sessions", "webauthn_credentials", "import_previews", "daily_metrics", "exercise_notes", "users" },
            table => Assert.True(before[table] > 0, $"{table} held none of the user's rows to begin with"));
        Assert.All(await RowsOfAsync(app, userId), table => Assert.True(table.Value == 0, $"{table.Key} still holds {table.Value} rows of the user"));
        await (await otherDevice.GetAsync("/api/v1/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(1, await stranger.WorkoutTotalAsync());
    }

    [Fact]
    public async Task The_account_stays_without_the_right_confirmation_or_a_recent_sign_in()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var wrong = await (await browser.SendAsync(HttpMethod.Delete, "/api/v1/account", new { confirm = "someone@example.com" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        app.Time!.Advance(TimeSpan.FromMinutes(11));
        await (await browser.SendAsync(HttpMethod.Delete, "/api/v1/account", new { confirm = "lifter@example.com" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "reauth_required");

        Assert.Equal(["confirm"], wrong.ErrorFields());
        await browser.GetJsonAsync("/api/v1/account");
    }

    /// <summary>For every table of the model, the rows that belong to the user (a child table counts all its rows: the stranger has none).</summary>
    private static async Task<Dictionary<string, int>> RowsOfAsync(FitFolioApp app, Guid userId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var rows = new Dictionary<string, int>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            if (SharedTables.Contains(table))
            {
                continue;
            }

            var owner = entity.FindProperty("UserId");
            var method = table == "users" ? nameof(CountUserAsync)
                : owner is null && entity.FindProperty("WorkoutId") is not null ? nameof(CountThroughWorkoutAsync)
                : owner is null ? (ChildTables.Contains(table) ? nameof(CountAllAsync) : throw new InvalidOperationException($"{table}: whose rows are these?"))
                : owner.ClrType == typeof(Guid) ? nameof(CountOwnedAsync) : nameof(CountOptionallyOwnedAsync);
            var count = typeof(AccountDeletionTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(entity.ClrType).Invoke(null, [db, userId])!;
            rows[table] = await (Task<int>)count;
        }

        return rows;
    }

    private static Task<int> CountUserAsync<T>(FitFolioDbContext db, Guid userId) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<Guid>(e, "Id") == userId);

    private static Task<int> CountOwnedAsync<T>(FitFolioDbContext db, Guid userId) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<Guid>(e, "UserId") == userId);

    private static Task<int> CountOptionallyOwnedAsync<T>(FitFolioDbContext db, Guid userId) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<Guid?>(e, "UserId") == userId);

    private static Task<int> CountAllAsync<T>(FitFolioDbContext db, Guid userId) where T : class => db.Set<T>().CountAsync();

    private static Task<int> CountThroughWorkoutAsync<T>(FitFolioDbContext db, Guid userId) where T : class =>
        db.Set<T>().CountAsync(e => db.Workouts.Any(w => w.Id == EF.Property<Guid>(e, "WorkoutId") && w.UserId == userId));
}
