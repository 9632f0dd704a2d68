using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

/// <summary>
/// The database at its limit, on real servers: a pool with no connection free, PostgreSQL refusing another connection,
/// SQLite locked by another writer. Each answers 503 `dependency_unavailable` with Retry-After, never 500, and the app
/// recovers by itself once the database has room again. No test measures time; a hang fails on the client's own timeout.
/// </summary>
public sealed class OverloadTests
{
    private const string Me = "/api/v1/auth/me";

    [Fact]
    public async Task A_request_that_finds_no_pooled_connection_free_answers_503_with_retry_after_and_the_next_one_succeeds_once_it_is_free()
    {
        var database = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = database + ";Maximum Pool Size=1;Timeout=1",
        });
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        HttpResponseMessage whileHeld;
        await using (var holder = await HoldTheOnlyPooledConnectionAsync(app))
        {
            whileHeld = await browser.GetAsync(Me);
        }

        var afterwards = await browser.GetAsync(Me);

        await AssertOverloadedAsync(whileHeld);
        await afterwards.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, LogLines(app, "Warning", "Maximum Pool Size reached"));
        Assert.Equal(0, LogLines(app, "Error", ""));
    }

    [Fact]
    public async Task With_no_pooled_connection_free_liveness_stays_200_and_readiness_names_the_database()
    {
        var database = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = database + ";Maximum Pool Size=1;Timeout=1",
        });
        var probe = new TestBrowser(app);

        HttpResponseMessage live, ready;
        await using (var holder = await HoldTheOnlyPooledConnectionAsync(app))
        {
            live = await probe.GetAsync("/healthz/live");
            ready = await probe.GetAsync("/healthz/ready");
        }

        await live.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"database\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgreSQL_refusing_another_connection_answers_503_with_retry_after_and_the_app_recovers_when_one_is_free()
    {
        await using var postgres = await PostgresServer.StartDedicatedAsync(maxConnections: 10);
        var database = await postgres.CreateDatabaseAsync();
        // Without pooling each request opens a connection of its own, as a pool that grows under load does.
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString,
        });
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var others = new List<NpgsqlConnection>();
        HttpResponseMessage refused;
        try
        {
            await TakeEveryConnectionSlotAsync(database, others);
            refused = await browser.GetAsync(Me);
            await others[^1].DisposeAsync();
            others.RemoveAt(others.Count - 1);
            var recovered = await browser.GetAsync(Me);

            await AssertOverloadedAsync(refused);
            await recovered.AssertStatusAsync(HttpStatusCode.OK);
        }
        finally
        {
            foreach (var connection in others)
            {
                await connection.DisposeAsync();
            }
        }

        Assert.Equal(1, LogLines(app, "Warning", "too many connections (53300)"));
        Assert.Equal(0, LogLines(app, "Error", ""));
    }

    [Fact]
    public async Task A_write_to_a_sqlite_database_locked_past_the_busy_timeout_answers_503_with_retry_after_and_succeeds_once_the_lock_is_gone()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var file = new SqliteConnectionStringBuilder(app.Settings["ConnectionStrings:Database"]).DataSource;
        app.Settings["ConnectionStrings:Database"] = $"Data Source={file};Default Timeout=1";
        await using var locked = app.SecondInstance();
        var browser = new TestBrowser(locked);
        await browser.SignInDirectlyAsync();

        HttpResponseMessage whileLocked;
        await using (var writer = new SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await writer.OpenAsync();
            await using var exclusive = writer.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();
            whileLocked = await browser.PostAsync("/api/v1/workouts", new { });
        }

        var afterwards = await browser.PostAsync("/api/v1/workouts", new { });

        await AssertOverloadedAsync(whileLocked);
        await afterwards.AssertStatusAsync(HttpStatusCode.Created);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Neither_provider_retries_a_failed_database_operation(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();

        var strategy = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Database.CreateExecutionStrategy();

        Assert.False(strategy.RetriesOnFailure);
    }

    private static async Task AssertOverloadedAsync(HttpResponseMessage response)
    {
        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, ErrorCodes.DependencyUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(ApiExceptionHandler.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
    }

    private static int LogLines(FitFolioApp app, string level, string containing) =>
        app.Log.Text.Split('\n').Count(line => line.Contains($"\"@l\":\"{level}\"", StringComparison.Ordinal) && line.Contains(containing, StringComparison.Ordinal));

    /// <summary>Opens a transaction through the app's own DbContext, so the connection it holds is the pool's only one.</summary>
    private static async Task<IAsyncDisposable> HoldTheOnlyPooledConnectionAsync(FitFolioApp app)
    {
        var scope = app.Services.CreateAsyncScope();
        var transaction = await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Database.BeginTransactionAsync();
        return new Held(scope, transaction);
    }

    /// <summary>Opens connections until PostgreSQL refuses one with too_many_connections, and keeps them open.</summary>
    private static async Task TakeEveryConnectionSlotAsync(string database, List<NpgsqlConnection> held)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString;
        for (var i = 0; i < 50; i++)
        {
            var connection = new NpgsqlConnection(unpooled);
            try
            {
                await connection.OpenAsync();
                held.Add(connection);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.TooManyConnections)
            {
                await connection.DisposeAsync();
                return;
            }
        }

        Assert.Fail("PostgreSQL never refused a connection");
    }

    private sealed class Held(AsyncServiceScope scope, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
