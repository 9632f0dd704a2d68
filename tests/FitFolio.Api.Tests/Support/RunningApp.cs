using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// The real FitFolio executable serving HTTP on a free loopback port, for tests that need a process of its own: behind a
/// proxy, killed with SIGKILL, or writing to a filesystem the test controls.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private RunningApp(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public string Output => string.Join('\n', _output);
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app with these settings (environment-variable form) and waits until /healthz/live answers.</summary>
    public static async Task<RunningApp> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var listenPort = port ?? ExternalProcess.FreeLoopbackPort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listenPort}",
            ["SecretsFolder"] = "/nonexistent",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var workingDirectory = Directory.CreateTempSubdirectory("fitfolio-app-");
        var app = new RunningApp(AppProcess.Start(environment, workingDirectory.FullName), listenPort);
        await app.WaitUntilLiveAsync();
        return app;
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/healthz/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"the app did not answer /healthz/live within 60 s:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The sign-in link the development outbox holds for an address (Development mode, mail to the outbox).</summary>
    public async Task<string> DevMailboxLinkAsync(string email)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var mailbox = await client.GetFromJsonAsync<JsonElement>("/api/v1/dev/mailbox");
            var link = mailbox.GetProperty("items").EnumerateArray()
                .Where(m => m.GetProperty("to").GetString() == email)
                .Select(m => m.GetProperty("link").GetString())
                .FirstOrDefault();
            if (link is not null)
            {
                return link;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new InvalidOperationException($"no mail to {email} reached the development outbox");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, exactly what an OOM killer or a pulled plug does to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
