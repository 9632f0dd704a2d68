using Npgsql;

namespace FitFolio.Api.Infrastructure.Persistence;

/// <summary>
/// The two connection-string settings that decide how the app behaves when PostgreSQL is busy: `Maximum Pool Size`
/// (connections one instance may hold; instances × pool must stay below PostgreSQL's max_connections) and `Timeout`
/// (how long a request waits for a connection, pooled or new, before it answers 503). docs/SCALING.md has the arithmetic.
/// </summary>
public static class PostgresPool
{
    public const string MaxPoolSizeKeyword = "Maximum Pool Size";
    public const string TimeoutKeyword = "Timeout";

    /// <summary>Npgsql waits 15 s for a connection by default; a lifter at the gym should hear "try again" well before that.</summary>
    public const int DefaultAcquireTimeoutSeconds = 5;

    /// <summary>The connection string with `Timeout` set to <see cref="DefaultAcquireTimeoutSeconds"/> unless it names its own.</summary>
    public static string WithAcquireTimeout(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(builder, TimeoutKeyword))
        {
            builder.Timeout = DefaultAcquireTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    /// <summary>True when the connection string names a pool size itself rather than leaving Npgsql's default of 100.</summary>
    public static bool SetsMaxPoolSize(string connectionString) => Sets(new NpgsqlConnectionStringBuilder(connectionString), MaxPoolSizeKeyword);

    // Npgsql keeps only the keys a string set, under their canonical names ("MaxPoolSize" becomes "Maximum Pool Size").
    private static bool Sets(NpgsqlConnectionStringBuilder builder, string keyword) =>
        builder.Keys.Cast<string>().Contains(keyword, StringComparer.OrdinalIgnoreCase);
}
