using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitFolio.Api.Infrastructure.Persistence;

public static class DatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteFull = 13;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>True when a write lost a race to a row with the same primary or unique key, on either provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        _ => false,
    };

    /// <summary>
    /// The database cannot take writes because its disk is full: SQLITE_FULL, or PostgreSQL's disk_full (53100).
    /// Searched along the inner exceptions, since EF Core wraps them in DbUpdateException.
    /// </summary>
    public static bool IsStorageFull(Exception exception) => Chain(exception).Any(e => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DiskFull,
        _ => false,
    });

    /// <summary>True when the database cannot serve the request now but may in a moment (see <see cref="UnavailableCause"/>).</summary>
    public static bool IsUnavailable(Exception exception) => UnavailableCause(exception) is not null;

    /// <summary>
    /// Why the database cannot serve this request now, in words for the log, or null when it can and the failure is ours:
    /// PostgreSQL does not answer (refused or broken connections, timeouts: an NpgsqlException that is not a server error),
    /// refuses another connection (too_many_connections 53300), is shutting down, starting up or lost the connection
    /// (SQLSTATE classes 57P and 08); no pooled connection came free within the acquire timeout; or SQLite stayed locked
    /// by another writer past its busy timeout (SQLITE_BUSY).
    /// </summary>
    public static string? UnavailableCause(Exception exception) => Chain(exception).Select(Cause).FirstOrDefault(c => c is not null);

    private static string? Cause(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "PostgreSQL refused a connection: too many connections (53300)",
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow } => "PostgreSQL cannot accept connections now (57P03)",
        PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            => $"PostgreSQL ended or refused the connection ({postgres.SqlState})",
        PostgresException => null,
        // Npgsql has no type of its own for an exhausted pool: its message and the inner TimeoutException say it.
        NpgsqlException { InnerException: TimeoutException } npgsql when npgsql.Message.Contains("pool has been exhausted", StringComparison.OrdinalIgnoreCase)
            => "no pooled PostgreSQL connection came free within the acquire timeout (Maximum Pool Size reached)",
        NpgsqlException { InnerException: TimeoutException } => "PostgreSQL did not answer within the timeout",
        NpgsqlException { InnerException: SocketException socket } => $"cannot reach PostgreSQL ({socket.SocketErrorCode})",
        NpgsqlException npgsql => $"PostgreSQL connection failed ({npgsql.Message})",
        SqliteException { SqliteErrorCode: SqliteBusy } => "SQLite stayed locked by another writer past the busy timeout (SQLITE_BUSY)",
        _ => null,
    };

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }
}
