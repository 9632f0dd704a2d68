using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitFolio.Api.Infrastructure.Persistence;

/// <summary>
/// How every SQLite connection of the app is set up (<c>Database:Sqlite:*</c>). The defaults were chosen by measurement
/// (bench/hot-paths, ADR 0022): write-ahead logging, so readers never wait for the one writer; synchronous FULL, so a
/// set the app answered 2xx for survives a power cut; and a busy timeout, so a writer that finds the database locked
/// waits in SQLite's short back-off steps instead of failing or sleeping in Microsoft.Data.Sqlite's coarse retry loop.
/// </summary>
public sealed class SqliteSettings
{
    public const string Section = "Database:Sqlite";

    /// <summary>Wal, or Delete where the file lives on a filesystem without shared memory (a network share).</summary>
    public SqliteJournalMode JournalMode { get; set; } = SqliteJournalMode.Wal;

    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>How long a statement waits for another connection's lock before SQLite reports the database busy.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;

    /// <summary>The statement that applies the settings to one connection.</summary>
    public string Pragmas =>
        $"PRAGMA journal_mode = {JournalMode.ToString().ToUpperInvariant()}; PRAGMA synchronous = {Synchronous.ToString().ToUpperInvariant()}; " +
        $"PRAGMA busy_timeout = {Math.Max(0, BusyTimeoutMs)};";
}

public enum SqliteJournalMode
{
    Wal,
    Delete,
}

public enum SqliteSynchronous
{
    Normal,
    Full,
}

/// <summary>
/// Applies <see cref="SqliteSettings"/> once to each physical connection: the pool hands the same native handle back
/// on every later open, and the settings stay on it, so a pooled open costs no extra statement.
/// </summary>
internal sealed class SqliteConnectionSetup(SqliteSettings settings) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _configured = [];
    private readonly string _pragmas = settings.Pragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSetup(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSetup(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool NeedsSetup(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || !_configured.TryAdd(handle, handle))
        {
            return false;
        }

        // EF Core checks that the file exists over a read-only connection, which cannot switch the journal mode.
        return new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode != SqliteOpenMode.ReadOnly;
    }
}
