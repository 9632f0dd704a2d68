using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Imports;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Tests.Training.Equipment;
using Microsoft.Data.Sqlite;

namespace FitFolio.Api.Tests.Operations;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh against real databases: a database filled through the API (every table
/// has rows) is backed up while the app runs, restored into a fresh server database or file, and compared table by
/// table (row count and a checksum of every row); the restored copy then serves the same signed-in user.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("fitfolio-backup-test-");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_backup_restores_every_table_row_for_row_and_the_restored_database_serves_the_app(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var workoutId = await FillEveryTableAsync(browser);
        var source = await TableContent.ReadAllAsync(provider, app.Settings["ConnectionStrings:Database"]!);
        // EF's migration lock table is empty whenever no migration runs; it is compared all the same.
        Assert.All(source.Where(t => t.Table != "__EFMigrationsLock"), table => Assert.True(table.Rows > 0, $"{table.Table} has no rows: the test must fill every table"));

        var log = await BackupScripts.BackupAsync(BackupScripts.Name(provider), BackupScripts.Target(provider, app.Settings["ConnectionStrings:Database"]!), _work.FullName);
        var dump = Assert.Single(Directory.GetFiles(Path.Combine(_work.FullName, "daily"), "fitfolio-*"), f => !f.EndsWith(".sha256", StringComparison.Ordinal));
        var fresh = await FreshDatabaseAsync(provider);
        await BackupScripts.RestoreAsync(BackupScripts.Name(provider), BackupScripts.Target(provider, fresh), dump);
        var restored = await TableContent.ReadAllAsync(provider, fresh);

        output.WriteLine(log.Trim());
        output.WriteLine($"{provider}: {source.Count} tables, {source.Sum(t => t.Rows)} rows compared");
        foreach (var table in source)
        {
            output.WriteLine($"  {table.Table}: {table.Rows} rows, sha256 {table.Sha256[..16]}…");
        }

        Assert.Equal(source, restored);
        await using var restoredApp = await FitFolioApp.StartAsync(provider, settings: new Dictionary<string, string?> { ["ConnectionStrings:Database"] = fresh });
        var sameUser = new TestBrowser(restoredApp);
        sameUser.SetCookie("fitfolio_session", browser.SessionToken!);
        var workout = await sameUser.GetJsonAsync($"/api/v1/workouts/{workoutId}");
        Assert.Equal(2, workout.GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public async Task Restore_refuses_a_dump_that_does_not_match_its_checksum_and_changes_nothing()
    {
        var database = Path.Combine(_work.FullName, "source.db");
        await SqliteAsync(database, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
        await BackupScripts.BackupAsync("sqlite", database, _work.FullName, "2026-11-30");
        var dump = Path.Combine(_work.FullName, "daily", "fitfolio-2026-11-30.sqlite3");
        await File.AppendAllTextAsync(dump, "bit rot");
        var target = Path.Combine(_work.FullName, "target.db");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BackupScripts.RestoreAsync("sqlite", target, dump));

        Assert.Contains("does not match its checksum", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Restore_into_a_database_with_tables_needs_recreate_and_then_replaces_them()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres);
        await new TestBrowser(app).SignInDirectlyAsync("kept@example.com");
        var connection = app.Settings["ConnectionStrings:Database"]!;
        var target = BackupScripts.Target(DatabaseProvider.Postgres, connection);
        await BackupScripts.BackupAsync("postgres", target, _work.FullName, "2026-11-30");
        var dump = Path.Combine(_work.FullName, "daily", "fitfolio-2026-11-30.pgdump");
        var before = await TableContent.ReadAllAsync(DatabaseProvider.Postgres, connection);
        await new TestBrowser(app).SignInDirectlyAsync("after-the-backup@example.com");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BackupScripts.RestoreAsync("postgres", target, dump));
        await app.DisposeAsync(); // the runbook stops the app before a restore
        await BackupScripts.RestoreAsync("postgres", target, dump, recreate: true);

        Assert.Contains("give --recreate", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await TableContent.ReadAllAsync(DatabaseProvider.Postgres, connection));
    }

    [Fact]
    public async Task Retention_keeps_7_daily_4_weekly_and_3_monthly_dumps_each_with_a_valid_checksum()
    {
        var database = Path.Combine(_work.FullName, "source.db");
        await SqliteAsync(database, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
        var first = new DateOnly(2026, 1, 1);
        for (var day = 0; day < 100; day += 2)
        {
            await BackupScripts.BackupAsync("sqlite", database, _work.FullName, first.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        // Every other day from 2026-01-01 to 2026-04-09 (a Thursday in ISO week 15): 50 runs.
        Assert.Equal(["2026-03-28", "2026-03-30", "2026-04-01", "2026-04-03", "2026-04-05", "2026-04-07", "2026-04-09"], Dumps("daily"));
        Assert.Equal(["2026-W12", "2026-W13", "2026-W14", "2026-W15"], Dumps("weekly"));
        Assert.Equal(["2026-02", "2026-03", "2026-04"], Dumps("monthly"));
        foreach (var folder in new[] { "daily", "weekly", "monthly" })
        {
            await ExternalProcess.RunAsync("bash", ["-c", "cd \"$1\" && sha256sum --check --quiet *.sha256", "-", Path.Combine(_work.FullName, folder)]);
        }
    }

    [Fact]
    public async Task The_off_host_copy_receives_every_dump_with_its_checksum_and_keeps_what_retention_pruned_here()
    {
        var database = Path.Combine(_work.FullName, "source.db");
        await SqliteAsync(database, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
        var local = Path.Combine(_work.FullName, "local");
        // rsync to a path takes the same code path as to host:path, without the ssh transport.
        var offHost = Path.Combine(_work.FullName, "off-host");

        for (var day = 1; day <= 9; day++)
        {
            await BackupScripts.BackupAsync("sqlite", database, local, $"2026-03-{day:00}", rsyncTarget: offHost);
        }

        Assert.Equal(7, Directory.GetFiles(Path.Combine(local, "daily"), "fitfolio-*.sqlite3").Length);
        Assert.Equal(9, Directory.GetFiles(Path.Combine(offHost, "daily"), "fitfolio-*.sqlite3").Length);
        Assert.Single(Directory.GetFiles(Path.Combine(offHost, "monthly"), "fitfolio-2026-03.sqlite3"));
        foreach (var folder in new[] { "daily", "weekly", "monthly" })
        {
            await ExternalProcess.RunAsync("bash", ["-c", "cd \"$1\" && sha256sum --check --quiet *.sha256", "-", Path.Combine(offHost, folder)]);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Dumps_their_checksums_and_their_folders_are_readable_by_their_owner_alone()
    {
        var database = Path.Combine(_work.FullName, "source.db");
        await SqliteAsync(database, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
        var backups = Path.Combine(_work.FullName, "backups");

        await BackupScripts.BackupAsync("sqlite", database, backups, "2026-11-30");

        string[] paths = [backups, Path.Combine(backups, "daily"), Path.Combine(backups, "daily", "fitfolio-2026-11-30.sqlite3"),
            Path.Combine(backups, "daily", "fitfolio-2026-11-30.sqlite3.sha256"), Path.Combine(backups, "weekly", "fitfolio-2026-W49.sqlite3")];
        var shared = paths.Where(p => (File.GetUnixFileMode(p) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0).ToList();
        Assert.True(shared.Count == 0, "readable by others: " + string.Join(", ", shared.Select(p => $"{p} {File.GetUnixFileMode(p)}")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_sqlite_restore_over_the_apps_file_keeps_that_files_mode()
    {
        var database = Path.Combine(_work.FullName, "source.db");
        await SqliteAsync(database, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);");
        await BackupScripts.BackupAsync("sqlite", database, _work.FullName, "2026-11-30");
        var appFile = Path.Combine(_work.FullName, "app.db");
        await SqliteAsync(appFile, "CREATE TABLE t (a INTEGER);");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(appFile, mode);

        await BackupScripts.RestoreAsync("sqlite", appFile, Path.Combine(_work.FullName, "daily", "fitfolio-2026-11-30.sqlite3"), recreate: true);

        Assert.Equal(mode, File.GetUnixFileMode(appFile));
    }

    private string[] Dumps(string folder) =>
        [.. Directory.GetFiles(Path.Combine(_work.FullName, folder), "fitfolio-*.sqlite3")
            .Select(f => Path.GetFileNameWithoutExtension(f)["fitfolio-".Length..]).Order(StringComparer.Ordinal)];

    /// <summary>Every table gets rows through the real API: account, sessions, sign-in audit, an invitation, a passkey, training data.</summary>
    private static async Task<Guid> FillEveryTableAsync(TestBrowser browser)
    {
        await browser.SignInByMagicLinkAsync("backup@example.com"); // the first account: the instance's admin
        await (await browser.PostAsync("/api/v1/admin/invitations", new { expiresInDays = 7 })).JsonAsync(HttpStatusCode.Created);
        using var authenticator = new SoftwareAuthenticator();
        await browser.RegisterOkAsync(authenticator, "phone");
        var curl = await browser.CreateExerciseAsync("Cable curl", "biceps", "cable");
        var program = await browser.CreateProgramAsync();
        var template = await browser.CreateTemplateAsync(program, "Day A", TrainingApi.BenchPress, curl);
        var workoutId = (await browser.StartWorkoutAsync(template)).Id();
        await browser.LogSetAsync(workoutId, TrainingApi.BenchPress, 5, 102.5);
        await browser.LogSetAsync(workoutId, curl, 12, 15.875);
        await browser.CompleteAsync(workoutId);
        await browser.PreviewAsync(ExportFiles.Hevy(ExportFiles.History(1)));
        await (await browser.PutAsync("/api/v1/metrics/daily/2026-11-24", new { bodyWeightKg = 82.5, sleepQuality = 4 })).JsonAsync(HttpStatusCode.Created);
        await (await browser.PutAsync($"/api/v1/exercises/{curl}/note", new { text = "Elbows pinned" })).JsonAsync(HttpStatusCode.OK);
        await (await browser.PutAsync("/api/v1/equipment", EquipmentEndpointsTests.Settings())).JsonAsync(HttpStatusCode.OK);
        await (await browser.PutAsync($"/api/v1/equipment/exercises/{curl}", new { bar = "ez_bar" })).JsonAsync(HttpStatusCode.OK);
        return workoutId;
    }

    private async Task<string> FreshDatabaseAsync(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? await (await PostgresServer.GetAsync()).CreateDatabaseAsync()
        : $"Data Source={Path.Combine(_work.FullName, "restored.db")}";

    private static async Task SqliteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
