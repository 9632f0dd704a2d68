using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Npgsql;

namespace FitFolio.Api.Tests.Operations;

/// <summary>Runs scripts/backup.sh and scripts/restore.sh exactly as an operator would.</summary>
internal static class BackupScripts
{
    public static Task<string> BackupAsync(string provider, string source, string backupDirectory, string? date = null, string? rsyncTarget = null)
    {
        var environment = new Dictionary<string, string> { ["BACKUP_DIR"] = backupDirectory };
        if (date is not null)
        {
            environment["BACKUP_DATE"] = date;
        }

        if (rsyncTarget is not null)
        {
            environment["BACKUP_RSYNC_TARGET"] = rsyncTarget;
        }

        return ExternalProcess.RunAsync("bash", [Script("backup.sh"), provider, source], TimeSpan.FromMinutes(2), environment);
    }

    public static Task<string> RestoreAsync(string provider, string target, string dump, bool recreate = false) =>
        ExternalProcess.RunAsync("bash", [Script("restore.sh"), .. recreate ? new[] { "--recreate" } : [], provider, target, dump], TimeSpan.FromMinutes(2));

    /// <summary>The scripts' own argument: a libpq conninfo for PostgreSQL, the file for SQLite.</summary>
    public static string Target(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        }

        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host={npgsql.Host} port={npgsql.Port} user={npgsql.Username} dbname={npgsql.Database}";
    }

    public static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";

    private static string Script(string name) => Path.Combine(Repository.Root, "scripts", name);
}
