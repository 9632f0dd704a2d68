using Npgsql;

namespace FitFolio.Api.Infrastructure.Persistence;

/// <summary>
/// The connection-string settings that decide how the app uses PostgreSQL: `Maximum Pool Size` (connections one instance
/// may hold; instances × pool must stay below PostgreSQL's max_connections), `Timeout` (how long a request waits for a
/// connection, pooled or new, before it answers 503; docs/SCALING.md has the arithmetic) and `Max Auto Prepare` (how many
/// of its most used statements each connection keeps prepared, so PostgreSQL parses and plans them once, not per request).
/// </summary>
public static class PostgresPool
{
    public const string MaxPoolSizeKeyword = "Maximum Pool Size";
    public const string TimeoutKeyword = "Timeout";
    public const string MaxAutoPrepareKeyword = "Max Auto Prepare";

    /// <summary>Npgsql waits 15 s for a connection by default; a lifter at the gym should hear "try again" well before that.</summary>
    public const int DefaultAcquireTimeoutSeconds = 5;

    /// <summary>
    /// Parsing and planning were most of PostgreSQL's time on a set write or a session lookup (docs/adr/0023); the app
    /// sends a few dozen distinct statements, so this many covers every hot one. 0 turns it off (a pooler that cannot keep
    /// prepared statements, such as PgBouncer in transaction mode before 1.21).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// The connection string with `Timeout` set to <see cref="DefaultAcquireTimeoutSeconds"/> and `Max Auto Prepare` to
    /// <see cref="DefaultMaxAutoPrepare"/>, each unless the string names its own.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(builder, TimeoutKeyword))
        {
            builder.Timeout = DefaultAcquireTimeoutSeconds;
        }

        if (!Sets(builder, MaxAutoPrepareKeyword))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    /// <summary>True when the connection string names a pool size itself rather than leaving Npgsql's default of 100.</summary>
    public static bool SetsMaxPoolSize(string connectionString) => Sets(new NpgsqlConnectionStringBuilder(connectionString), MaxPoolSizeKeyword);

    // Npgsql keeps only the keys a string set, under their canonical names ("MaxPoolSize" becomes "Maximum Pool Size").
    private static bool Sets(NpgsqlConnectionStringBuilder builder, string keyword) =>
        builder.Keys.Cast<string>().Contains(keyword, StringComparer.OrdinalIgnoreCase);
}
