using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitFolio.Api.Infrastructure.Persistence;

public static class DatabaseErrors
{
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

    /// <summary>
    /// PostgreSQL does not answer: refused or broken connections and timeouts (an NpgsqlException that is not a server
    /// error), or the server saying it is shutting down, starting up or lost the connection (SQLSTATE classes 57P and 08).
    /// </summary>
    public static bool IsUnreachable(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException => true,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }
}
