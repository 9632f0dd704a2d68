using System.Diagnostics;
using StackExchange.Redis;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// A real Redis for the tests: FITFOLIO_TEST_REDIS when set, otherwise redis-server from Debian's package on a free
/// loopback port with persistence off. Test apps stay apart by key prefix, not by flushing.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly SharedServer<RedisServer> Shared = new(() => StartAsync());

    private static readonly string[] ServerArguments = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"];

    private Process? _process;

    private RedisServer(string connectionString, Process? process = null)
    {
        ConnectionString = connectionString;
        _process = process;
    }

    public string ConnectionString { get; }

    public static Task<RedisServer> GetAsync() => Shared.GetAsync();

    internal static Task StopAsync() => Shared.StopAsync();

    /// <summary>A Redis of the caller's own, always from the local binary, for a test that stops it (dispose) to see an outage.</summary>
    public static Task<RedisServer> StartDedicatedAsync() => StartAsync(allowGiven: false);

    public static string UniqueKeyPrefix() => $"test:{Guid.NewGuid():N}:";

    private static async Task<RedisServer> StartAsync(bool allowGiven = true)
    {
        var given = Environment.GetEnvironmentVariable("FITFOLIO_TEST_REDIS");
        if (allowGiven && !string.IsNullOrWhiteSpace(given))
        {
            return new RedisServer(given);
        }

        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The tests need a real Redis and found no redis-server. Install it (`sudo apt-get install -y redis-server`) " +
                "or point FITFOLIO_TEST_REDIS at a server (host:port).");
        var port = ExternalProcess.FreeLoopbackPort();
        var process = await StartProcessAsync(binary, port);
        return new RedisServer($"127.0.0.1:{port}", process);
    }

    /// <summary>A dedicated server going down hard (SIGKILL: no save, no goodbye to clients), for outage drills.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
    }

    /// <summary>A dedicated server killed by <see cref="Kill"/> comes back on the same port, empty (persistence is off).</summary>
    public async Task StartAgainAsync()
    {
        var port = int.Parse(ConnectionString.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var binary = _process?.StartInfo.FileName ?? throw new InvalidOperationException("only a dedicated server can start again");
        _process.Dispose();
        _process = await StartProcessAsync(binary, port);
    }

    private static async Task<Process> StartProcessAsync(string binary, int port)
    {
        var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add($"{port}");
        foreach (var argument in ServerArguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start redis-server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var connectionString = $"127.0.0.1:{port}";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(connectionString + ",connectTimeout=500");
                await probe.GetDatabase().PingAsync();
                return process;
            }
            catch (RedisConnectionException) when (attempt < 40 && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Stops the throwaway servers once every test has run.</summary>
public sealed class TestServersLifetime : IAsyncLifetime
{
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await PostgresServer.StopAsync();
        await RedisServer.StopAsync();
        await SmtpServer.StopAsync();
    }
}
