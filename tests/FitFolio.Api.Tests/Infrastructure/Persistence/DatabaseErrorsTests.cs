using System.Net.Sockets;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

/// <summary>
/// Which database failures answer 503. The fault drills act out SQLite's full disk and an unreachable PostgreSQL on real
/// servers; PostgreSQL's own disk_full and a shutting-down server are classified here from the exceptions Npgsql throws.
/// </summary>
public sealed class DatabaseErrorsTests
{
    [Fact]
    public void PostgreSQL_disk_full_wrapped_by_ef_core_is_storage_full()
    {
        var exception = new DbUpdateException("save failed", new PostgresException("could not extend file", "ERROR", "ERROR", PostgresErrorCodes.DiskFull));

        Assert.True(DatabaseErrors.IsStorageFull(exception));
        Assert.False(DatabaseErrors.IsUnavailable(exception));
    }

    [Fact]
    public void Sqlite_full_is_storage_full()
    {
        Assert.True(DatabaseErrors.IsStorageFull(new DbUpdateException("save failed", new SqliteException("database or disk is full", 13))));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    [InlineData(PostgresErrorCodes.ConnectionFailure)]
    public void A_server_shutting_down_starting_or_dropping_the_connection_is_unreachable(string sqlState)
    {
        Assert.True(DatabaseErrors.IsUnavailable(new PostgresException("terminating connection", "FATAL", "FATAL", sqlState)));
    }

    [Fact]
    public void A_refused_connection_is_unreachable()
    {
        Assert.True(DatabaseErrors.IsUnavailable(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
    }

    [Fact]
    public void PostgreSQL_refusing_another_connection_is_unavailable()
    {
        var exception = new InvalidOperationException("transient failure", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections));

        Assert.Contains("too many connections", DatabaseErrors.UnavailableCause(exception), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exhausted_connection_pool_is_unavailable()
    {
        var exception = new NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 1) or 'Timeout' (currently 1 seconds) in your connection string.", new TimeoutException());

        Assert.Contains("Maximum Pool Size reached", DatabaseErrors.UnavailableCause(exception), StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_busy_past_the_busy_timeout_is_unavailable()
    {
        Assert.True(DatabaseErrors.IsUnavailable(new DbUpdateException("save failed", new SqliteException("database is locked", 5))));
    }

    [Fact]
    public void A_constraint_violation_is_neither_unreachable_nor_storage_full()
    {
        var exception = new DbUpdateException("save failed", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation));

        Assert.False(DatabaseErrors.IsUnavailable(exception));
        Assert.False(DatabaseErrors.IsStorageFull(exception));
    }
}
