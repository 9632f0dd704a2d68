using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FitFolio.Api.Infrastructure.Persistence;

public static class PersistenceExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/fitfolio.db";

    /// <summary>The one place that picks the database provider.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Database");

        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<FitFolioDbContext, PostgresFitFolioDbContext>(o => UsePostgres(o, connectionString!));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
            EnsureSqliteFolder(connectionString);
            builder.Services.AddDbContext<FitFolioDbContext, SqliteFitFolioDbContext>(o => UseSqlite(o, connectionString));
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<FitFolioDbContext>("database", tags: ["ready"]);
        return builder;
    }

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).UseSnakeCaseNamingConvention();

    /// <summary>Applies pending migrations at start-up unless App:MigrateOnStartup is false.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue(AppOptions.Section + ":MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Database.MigrateAsync();
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
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
