using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Training.Analytics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitFolio.Api.Infrastructure.Persistence;

public static class PersistenceExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/fitfolio.db";

    /// <summary>The one place that picks the database provider.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Database");

        // Pooled: every signed-in request opens a context for its session lookup, and building a fresh one resolved a
        // dozen services each time. A returned context is reset (tracking, transaction, timeouts) before its next use.
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = PostgresPool.WithDefaults(connectionString!);
            builder.Services.AddDbContextPool<FitFolioDbContext, PostgresFitFolioDbContext>(o => UsePostgres(o, postgres));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
            EnsureSqliteFolder(connectionString);
            var setup = new SqliteConnectionSetup(builder.Configuration.GetSection(SqliteSettings.Section).Get<SqliteSettings>() ?? new SqliteSettings());
            builder.Services.AddDbContextPool<FitFolioDbContext, SqliteFitFolioDbContext>(o => UseSqlite(o, connectionString).AddInterceptors(setup));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<FitFolioDbContext>("database", tags: ["ready"]);
        return builder;
    }

    // Neither provider retries a failed operation (no EnableRetryOnFailure): under overload a retry multiplies the load
    // that caused the failure, so the request answers 503 with Retry-After and the client decides when to come back.
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention().ConfigureWarnings(LogFailuresOnce);

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).UseSnakeCaseNamingConvention().ConfigureWarnings(LogFailuresOnce);

    // A failure that reaches a request is logged once by ApiExceptionHandler (a Warning naming the cause when the database
    // is unavailable, an Error with the exception otherwise); EF's own Error lines would repeat it two or three times
    // per request, which under overload floods the log. A failure the code expects (a lost insert race) is not an error.
    private static void LogFailuresOnce(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.ConnectionError, LogLevel.Debug),
        (RelationalEventId.CommandError, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    /// <summary>
    /// Applies pending migrations at start-up unless App:MigrateOnStartup is false, then fills the derived rows a migration
    /// cannot compute (session bests need the e1RM formulas in .NET) for history written before they existed.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue(AppOptions.Section + ":MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        await db.Database.MigrateAsync();
        await SessionBests.FillOnStartupAsync(db, app.Logger, CancellationToken.None);
    }

    /// <summary>The folder (700) and an empty database file (600) are created owner-only; SQLite gives its journals the file's mode.</summary>
    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var path = Path.GetFullPath(dataSource);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (!File.Exists(path) && !OperatingSystem.IsWindows())
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
    }
}

/// <summary>Lets `dotnet ef` build the SQLite model without a running app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFitFolioDbContext>
{
    public SqliteFitFolioDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteFitFolioDbContext>)PersistenceExtensions
            .UseSqlite(new DbContextOptionsBuilder<SqliteFitFolioDbContext>(), PersistenceExtensions.DefaultSqliteConnectionString).Options);
}

/// <summary>Lets `dotnet ef` build the PostgreSQL model without a running server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFitFolioDbContext>
{
    public PostgresFitFolioDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresFitFolioDbContext>)PersistenceExtensions
            .UsePostgres(new DbContextOptionsBuilder<PostgresFitFolioDbContext>(), "Host=localhost;Database=fitfolio").Options);
}
