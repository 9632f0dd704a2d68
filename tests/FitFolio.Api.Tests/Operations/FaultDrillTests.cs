using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using static FitFolio.Api.Tests.Support.PasskeyCeremonies;

namespace FitFolio.Api.Tests.Operations;

/// <summary>
/// The RUNBOOK's incidents, acted out on real servers: Redis and PostgreSQL stopped and started under a running app, the
/// app killed mid-write, the disk under SQLite filled up. Each prints what it measured; the bounds are generous and only
/// where the behaviour is a recovery that must happen at all.
/// </summary>
public sealed class FaultDrillTests(ITestOutputHelper output)
{
    private const int Clients = 8;
    private const string Sessions = "fitfolio_session";

    [Fact]
    public async Task Redis_going_down_fails_ceremonies_closed_and_they_recover_when_it_is_back_while_reads_never_fail()
    {
        var redis = await RedisServer.StartDedicatedAsync();
        await using var _ = redis;
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString + ",connectTimeout=1000,asyncTimeout=1000,abortConnect=false",
            ["RateLimits:WebAuthnStartPerMinute"] = "1000",
        });
        var reader = new TestBrowser(app);
        await reader.SignInDirectlyAsync();
        var anonymous = new TestBrowser(app);
        await anonymous.RefreshCsrfAsync();
        await (await anonymous.PostAsync(AuthenticateStart, new { })).AssertStatusAsync(HttpStatusCode.OK);
        var reads = new ConcurrentBag<HttpStatusCode>();
        using var stopReading = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            while (!stopReading.IsCancellationRequested)
            {
                reads.Add((await reader.GetAsync("/api/v1/auth/me")).StatusCode);
                reads.Add((await reader.GetAsync("/api/v1/workouts")).StatusCode);
                await Task.Delay(20);
            }
        });

        redis.Kill();
        var whileDown = await anonymous.PostAsync(AuthenticateStart, new { });
        var registerWhileDown = await reader.PostAsync(RegisterStart, new { });
        await redis.StartAgainAsync();
        var recovery = Stopwatch.StartNew();
        var afterwards = await PollAsync(() => anonymous.PostAsync(AuthenticateStart, new { }), TimeSpan.FromSeconds(30));
        recovery.Stop();
        await stopReading.CancelAsync();
        await reading;

        await whileDown.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await registerWhileDown.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await afterwards.AssertStatusAsync(HttpStatusCode.OK);
        Assert.NotEmpty(reads);
        Assert.All(reads, status => Assert.Equal(HttpStatusCode.OK, status));
        output.WriteLine($"redis drill: ceremonies back {recovery.ElapsedMilliseconds} ms after redis-server answered; {reads.Count} signed-in reads, all 200");
    }

    [Fact]
    public async Task PostgreSQL_restarted_under_the_app_turns_ready_503_then_200_and_the_app_recovers_without_a_restart()
    {
        await using var postgres = await PostgresServer.StartDedicatedAsync();
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = await postgres.CreateDatabaseAsync(),
        });
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var probe = new TestBrowser(app); // as Docker's and Traefik's probes: no session cookie
        await (await probe.GetAsync("/healthz/ready")).AssertStatusAsync(HttpStatusCode.OK);

        await postgres.StopServerAsync();
        var readyWhileDown = await probe.GetAsync("/healthz/ready");
        var readWhileDown = await browser.GetAsync("/api/v1/workouts");
        await postgres.StartServerAsync();
        var recovery = Stopwatch.StartNew();
        var ready = await PollAsync(() => probe.GetAsync("/healthz/ready"), TimeSpan.FromSeconds(30));
        var readyAfter = recovery.ElapsedMilliseconds;
        var failedReads = 0;
        HttpResponseMessage read;
        while ((read = await browser.GetAsync("/api/v1/workouts")).StatusCode != HttpStatusCode.OK && recovery.Elapsed < TimeSpan.FromSeconds(30))
        {
            failedReads++;
        }

        var readsAfter = recovery.ElapsedMilliseconds;
        var laterReads = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            laterReads.Add((await browser.GetAsync("/api/v1/workouts")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown.StatusCode);
        Assert.Contains("\"database\"", await readyWhileDown.Content.ReadAsStringAsync());
        await readWhileDown.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency_unavailable");
        await ready.AssertStatusAsync(HttpStatusCode.OK);
        await read.AssertStatusAsync(HttpStatusCode.OK);
        Assert.All(laterReads, status => Assert.Equal(HttpStatusCode.OK, status));
        await browser.StartWorkoutAsync();
        output.WriteLine($"postgres drill: ready 200 {readyAfter} ms and reads 200 {readsAfter} ms after pg_ctl start returned ({failedReads} read(s) failed in between); no app restart");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Killing_the_app_with_sigkill_while_8_clients_log_sets_loses_no_acknowledged_set(DatabaseProvider provider)
    {
        var (settings, sqliteFile) = await DrillSettingsAsync(provider, Path.GetTempPath());
        var app = await RunningApp.StartAsync(settings);
        var browsers = new List<NetworkBrowser>();
        var workouts = new List<Guid>();
        for (var i = 0; i < Clients; i++)
        {
            var browser = new NetworkBrowser(app.BaseAddress);
            await browser.SignInByMagicLinkAsync(SmtpServer.UniqueAddress(), app.DevMailboxLinkAsync);
            workouts.Add((await (await browser.PostAsync("/api/v1/workouts", new { })).JsonAsync(HttpStatusCode.Created)).Id());
            browsers.Add(browser);
        }

        var attempted = new ConcurrentDictionary<Guid, int>();
        var acknowledged = new ConcurrentDictionary<Guid, int>();
        var refused = new ConcurrentBag<string>();
        var killed = false;
        var logging = browsers.Select((browser, client) => Task.Run(async () =>
        {
            while (!Volatile.Read(ref killed))
            {
                var setId = Guid.NewGuid();
                attempted[setId] = client;
                try
                {
                    var response = await browser.PutAsync($"/api/v1/workouts/{workouts[client]}/sets/{setId}", SetBody());
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged[setId] = client;
                    }
                    else
                    {
                        refused.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the process is gone mid-request: this set was never acknowledged
                }
            }
        })).ToList();
        var deadline = Stopwatch.StartNew();
        while (acknowledged.Count < 120 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        app.Kill();
        Volatile.Write(ref killed, true);
        await Task.WhenAll(logging);
        var integrity = sqliteFile is null ? "ok" : await IntegrityCheckAsync(sqliteFile);
        await using var restarted = await RunningApp.StartAsync(settings);
        var present = new HashSet<Guid>();
        for (var client = 0; client < Clients; client++)
        {
            using var again = new NetworkBrowser(restarted.BaseAddress);
            again.SetCookie(Sessions, browsers[client].Cookie(Sessions)!);
            var workout = await (await again.GetAsync($"/api/v1/workouts/{workouts[client]}")).JsonAsync(HttpStatusCode.OK);
            var sets = workout.GetProperty("sets").EnumerateArray().ToList();
            Assert.Equal("in_progress", workout.GetProperty("status").GetString());
            Assert.Equal(sets.Sum(s => s.GetProperty("weightKg").GetDouble() * s.GetProperty("reps").GetInt32()), workout.GetProperty("totalVolumeKg").GetDouble(), 3);
            Assert.All(sets, s => Assert.Equal(client, attempted[s.GetProperty("id").GetGuid()]));
            present.UnionWith(sets.Select(s => s.GetProperty("id").GetGuid()));
            browsers[client].Dispose();
        }

        Assert.Empty(refused);
        Assert.Equal("ok", integrity);
        Assert.NotEmpty(acknowledged);
        Assert.Empty(acknowledged.Keys.Except(present));
        Assert.Empty(present.Except(attempted.Keys));
        output.WriteLine($"sigkill drill ({provider}): {acknowledged.Count} sets acknowledged, {present.Count} present after restart " +
            $"({present.Count - acknowledged.Count} written but unacknowledged when the process died), {attempted.Count} attempted; integrity {integrity}");
    }

    [Fact]
    public async Task A_full_disk_under_the_sqlite_file_answers_503_storage_full_corrupts_nothing_and_recovers_when_space_is_freed()
    {
        await using var disk = await SmallFilesystem.MountAsync(megabytes: 8);
        var (settings, sqliteFile) = await DrillSettingsAsync(DatabaseProvider.Sqlite, disk.Path);
        await using var app = await RunningApp.StartAsync(settings);
        using var browser = new NetworkBrowser(app.BaseAddress);
        await browser.SignInByMagicLinkAsync(SmtpServer.UniqueAddress(), app.DevMailboxLinkAsync);
        var workout = (await (await browser.PostAsync("/api/v1/workouts", new { })).JsonAsync(HttpStatusCode.Created)).Id();
        var acknowledged = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            acknowledged.Add(await LogSetAsync(browser, workout));
        }

        var filler = await disk.FillAsync();
        HttpResponseMessage? full = null;
        var attempts = 0;
        while (full is null && attempts++ < 500)
        {
            var setId = Guid.NewGuid();
            var response = await browser.PutAsync($"/api/v1/workouts/{workout}/sets/{setId}", SetBody());
            if (response.IsSuccessStatusCode)
            {
                acknowledged.Add(setId);
            }
            else
            {
                full = response;
            }
        }

        var readWhileFull = await browser.GetAsync($"/api/v1/workouts/{workout}");
        File.Delete(filler);
        acknowledged.Add(await LogSetAsync(browser, workout));
        var sets = (await (await browser.GetAsync($"/api/v1/workouts/{workout}")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        app.Kill();

        Assert.NotNull(full);
        await full.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "storage_full");
        await readWhileFull.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(acknowledged.Order(), sets.Order());
        Assert.Equal("ok", await IntegrityCheckAsync(sqliteFile!));
        output.WriteLine($"disk-full drill: first 503 storage_full after {attempts} write(s) on the full disk; reads kept working; " +
            $"{acknowledged.Count} sets acknowledged = {sets.Count} present; the next write after freeing space succeeded without a restart; integrity ok");
    }

    private static object SetBody() => new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 100.0, setType = "working" };

    private static async Task<Guid> LogSetAsync(NetworkBrowser browser, Guid workout)
    {
        var setId = Guid.NewGuid();
        await (await browser.PutAsync($"/api/v1/workouts/{workout}/sets/{setId}", SetBody())).JsonAsync(HttpStatusCode.Created);
        return setId;
    }

    /// <summary>Development mode (sign-in links from the development outbox) on a fresh database of the provider.</summary>
    private static async Task<(Dictionary<string, string> Settings, string? SqliteFile)> DrillSettingsAsync(DatabaseProvider provider, string sqliteFolder)
    {
        var sqliteFile = provider == DatabaseProvider.Sqlite ? Path.Combine(sqliteFolder, $"fitfolio-drill-{Guid.NewGuid():N}.db") : null;
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = provider.ToString(),
            ["ConnectionStrings__Database"] = sqliteFile is null ? await (await PostgresServer.GetAsync()).CreateDatabaseAsync() : $"Data Source={sqliteFile}",
            ["ConnectionStrings__Redis"] = "",
            ["Email__Smtp__Host"] = "",
            ["RateLimits__MagicLinkStartPerMinute"] = "1000",
            ["RateLimits__MagicLinkVerifyPerMinute"] = "1000",
        };
        return (settings, sqliteFile);
    }

    private static async Task<string> IntegrityCheckAsync(string sqliteFile)
    {
        await using var connection = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<HttpResponseMessage> PollAsync(Func<Task<HttpResponseMessage>> request, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var response = await request();
            if (response.IsSuccessStatusCode || deadline.Elapsed > limit)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }
}
