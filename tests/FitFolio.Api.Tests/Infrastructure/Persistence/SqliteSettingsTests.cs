using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

/// <summary>The SQLite settings are on every connection the app opens, as SQLite itself reports them (PRAGMA read back).</summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task By_default_the_app_connects_in_wal_mode_with_synchronous_full_and_a_busy_timeout()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var pragmas = await ReadPragmasAsync(app);

        Assert.Equal(("wal", Full, 5000L), pragmas);
    }

    [Fact]
    public async Task Configured_settings_are_applied_instead_of_the_defaults()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Database:Sqlite:JournalMode"] = "Delete",
            ["Database:Sqlite:Synchronous"] = "Normal",
            ["Database:Sqlite:BusyTimeoutMs"] = "1000",
        });

        var pragmas = await ReadPragmasAsync(app);

        Assert.Equal(("delete", Normal, 1000L), pragmas);
    }

    [Fact]
    public async Task A_second_connection_opened_while_the_first_is_in_use_has_the_settings_too()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var busy = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        await busy.Database.OpenConnectionAsync();

        var pragmas = await ReadPragmasAsync(app);

        Assert.Equal(("wal", Full, 5000L), pragmas);
        await busy.Database.CloseConnectionAsync();
    }

    private const long Normal = 1;
    private const long Full = 2;

    /// <summary>The settings as a fresh request scope's connection reports them.</summary>
    private static async Task<(string JournalMode, long Synchronous, long BusyTimeoutMs)> ReadPragmasAsync(FitFolioApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return (await ScalarAsync<string>(db, "PRAGMA journal_mode"), await ScalarAsync<long>(db, "PRAGMA synchronous"),
                await ScalarAsync<long>(db, "PRAGMA busy_timeout"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<T> ScalarAsync<T>(FitFolioDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
