using Npgsql;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// A real PostgreSQL for the tests: FITFOLIO_TEST_PG when set, otherwise a throwaway cluster started from Debian's
/// binaries on a free loopback port. Each test app gets a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SharedServer<PostgresServer> Shared = new(StartAsync);

    private readonly string? _dataDirectory;
    private readonly string? _pgCtl;
    private readonly string? _serverOptions;

    private PostgresServer(string adminConnectionString, string? dataDirectory = null, string? pgCtl = null, string? serverOptions = null)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
        _serverOptions = serverOptions;
    }

    public string AdminConnectionString { get; }

    public static Task<PostgresServer> GetAsync() => Shared.GetAsync();

    internal static Task StopAsync() => Shared.StopAsync();

    /// <summary>A cluster of the caller's own, always from the local binaries, for a drill that stops, starts or fills it.</summary>
    public static Task<PostgresServer> StartDedicatedAsync(int maxConnections = 300) => StartLocalAsync(maxConnections);

    /// <summary>Stops a dedicated cluster the way `systemctl stop` or a container stop does: fast shutdown, sessions cut.</summary>
    public Task StopServerAsync() =>
        ExternalProcess.RunAsPostgresAsync(_pgCtl ?? throw new InvalidOperationException("only a dedicated cluster can stop"), ["-D", _dataDirectory!, "-m", "fast", "-w", "stop"]);

    /// <summary>Starts a stopped dedicated cluster again on its port; returns once it accepts connections.</summary>
    public Task StartServerAsync() =>
        ExternalProcess.RunAsPostgresAsync(_pgCtl ?? throw new InvalidOperationException("only a dedicated cluster can start"),
            ["-D", _dataDirectory!, "-w", "-l", Path.Combine(_dataDirectory!, "server.log"), "start", "-o", _serverOptions!]);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "fitfolio_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("FITFOLIO_TEST_PG");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgresServer(given);
        }

        return await StartLocalAsync();
    }

    private static async Task<PostgresServer> StartLocalAsync(int maxConnections = 300)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "The tests need a real PostgreSQL and found none. Install it (`sudo apt-get install -y postgresql`) " +
                "or point FITFOLIO_TEST_PG at a server (a connection string of a user allowed to CREATE DATABASE).");
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"fitfolio-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        Directory.CreateDirectory(dataDirectory);
        if (ExternalProcess.RunningAsRoot)
        {
            await ExternalProcess.RunAsync("chown", ["postgres:postgres", dataDirectory]);
        }

        await ExternalProcess.RunAsync("chmod", ["700", dataDirectory]);
        var port = ExternalProcess.FreeLoopbackPort();
        var pgCtl = Path.Combine(bin, "pg_ctl");
        await ExternalProcess.RunAsPostgresAsync(Path.Combine(bin, "initdb"), ["-D", dataDirectory, "-U", "fitfolio", "--auth=trust", "--no-sync", "-E", "UTF8"]);
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {dataDirectory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={maxConnections}";
        var admin = $"Host=127.0.0.1;Port={port};Username=fitfolio;Database=postgres;Pooling=false";
        var server = new PostgresServer(admin, dataDirectory, pgCtl, options);
        await server.StartServerAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataDirectory is null || _pgCtl is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExternalProcess.RunAsPostgresAsync(_pgCtl, ["-D", _dataDirectory, "-m", "immediate", "stop"]);
        }
        finally
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
