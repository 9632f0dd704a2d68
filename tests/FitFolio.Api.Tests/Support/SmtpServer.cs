using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace FitFolio.Api.Tests.Support;

/// <summary>A mail as the SMTP server received it.</summary>
public sealed record ReceivedMail(string Id, string From, IReadOnlyList<string> To, string Subject, string? TextBody, string? HtmlBody);

/// <summary>
/// A real SMTP server for the tests: FITFOLIO_TEST_SMTP (`host:smtpPort:httpPort` of an smtp4dev) when set, otherwise
/// smtp4dev from the repository's tool manifest on free loopback ports with an in-memory store. Tests stay apart by
/// sending to addresses of their own (<see cref="UniqueAddress"/>), not by clearing the server.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private static readonly SharedServer<SmtpServer> Shared = new(StartAsync);

    private readonly Process? _process;
    private readonly HttpClient _api;

    private SmtpServer(string host, int smtpPort, int httpPort, Process? process = null)
    {
        Host = host;
        SmtpPort = smtpPort;
        _process = process;
        _api = new HttpClient { BaseAddress = new Uri($"http://{host}:{httpPort}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Host { get; }
    public int SmtpPort { get; }

    /// <summary>App settings that send mail to this server: plain SMTP, no credentials.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Email:Smtp:Host"] = Host,
        ["Email:Smtp:Port"] = $"{SmtpPort}",
        ["Email:Smtp:UseTls"] = "false",
        ["Email:From"] = "FitFolio <noreply@fitfolio.test>",
    };

    public static string UniqueAddress() => $"lifter-{Guid.NewGuid():N}@fitfolio.test";

    public static Task<SmtpServer> GetAsync() => Shared.GetAsync();

    internal static Task StopAsync() => Shared.StopAsync();

    /// <summary>
    /// The mail that reached <paramref name="address"/>. The server answers the SMTP client before its API lists
    /// the mail, so this asks until it is there (or 30 s passed: a loaded machine slows the server's first answers).
    /// </summary>
    public async Task<ReceivedMail> SingleMailToAsync(string address)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var page = await _api.GetFromJsonAsync<JsonElement>("api/messages?pageSize=1000", deadline.Token);
            var ids = page.GetProperty("results").EnumerateArray()
                .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase)))
                .Select(m => m.GetProperty("id").GetString()!)
                .ToList();
            if (ids.Count > 1)
            {
                throw new InvalidOperationException($"{ids.Count} mails reached {address}, expected one");
            }

            if (ids.Count == 1)
            {
                return await ReadAsync(ids[0], deadline.Token);
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    private async Task<ReceivedMail> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var mail = await _api.GetFromJsonAsync<JsonElement>($"api/messages/{id}", cancellationToken);
        var text = mail.GetProperty("hasPlainTextBody").GetBoolean() ? await _api.GetStringAsync($"api/messages/{id}/plaintext", cancellationToken) : null;
        var html = mail.GetProperty("hasHtmlBody").GetBoolean() ? await _api.GetStringAsync($"api/messages/{id}/html", cancellationToken) : null;
        return new ReceivedMail(
            id,
            mail.GetProperty("from").GetString()!,
            [.. mail.GetProperty("to").EnumerateArray().Select(t => t.GetString()!)],
            mail.GetProperty("subject").GetString()!,
            text,
            html);
    }

    private static async Task<SmtpServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("FITFOLIO_TEST_SMTP");
        if (!string.IsNullOrWhiteSpace(given))
        {
            var parts = given.Split(':');
            if (parts.Length != 3 || !int.TryParse(parts[1], out var givenSmtp) || !int.TryParse(parts[2], out var givenHttp))
            {
                throw new InvalidOperationException($"FITFOLIO_TEST_SMTP must be host:smtpPort:httpPort of an smtp4dev, not '{given}'.");
            }

            return new SmtpServer(parts[0], givenSmtp, givenHttp);
        }

        var repository = Repository.Root;
        var smtpPort = ExternalProcess.FreeLoopbackPort();
        var httpPort = ExternalProcess.FreeLoopbackPort();
        var dataDirectory = Directory.CreateTempSubdirectory("fitfolio-test-smtp-");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])
                 [
                     "tool", "run", "smtp4dev", "--",
                     $"--smtpport={smtpPort}", $"--urls=http://127.0.0.1:{httpPort}", "--bindaddress=127.0.0.1",
                     "--hostname=localhost", "--tlsmode=None", "--db=", "--imapport=", "--pop3port=", "--nousersettings",
                     "--messagestokeep=1000", $"--baseappdatapath={dataDirectory.FullName}",
                 ])
        {
            info.ArgumentList.Add(argument);
        }

        // `dotnet tool run` starts smtp4dev as a child process: DisposeAsync kills the whole tree.
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start `dotnet tool run smtp4dev`");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpServer("127.0.0.1", smtpPort, httpPort, process);
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (await server.AnswersAsync())
            {
                return server;
            }

            if (process.HasExited || started.Elapsed > TimeSpan.FromSeconds(60))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException(
                    "The tests need a real SMTP server and smtp4dev did not start. Run `dotnet tool restore` at the repository root " +
                    "(it installs the pinned Rnwood.Smtp4dev from dotnet-tools.json), or point FITFOLIO_TEST_SMTP at an smtp4dev " +
                    "(host:smtpPort:httpPort). Its output:\n" + string.Join('\n', output));
            }

            await Task.Delay(100);
        }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var smtp = new TcpClient();
            await smtp.ConnectAsync(Host, SmtpPort);
            using var response = await _api.GetAsync(new Uri("api/messages", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is SocketException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static List<int> ChildrenOf(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        return Directory.GetDirectories(tasks)
            .Select(task => Path.Combine(task, "children"))
            .Where(File.Exists)
            .SelectMany(file => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        if (_process is null)
        {
            return;
        }

        // smtp4dev first, so `dotnet tool run` sees it exit and reaps it (killing the parent first leaves a zombie
        // where PID 1 does not reap); then the parent, should it still be running.
        foreach (var child in ChildrenOf(_process.Id))
        {
            try
            {
                using var process = Process.GetProcessById(child);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // already gone
            }
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
