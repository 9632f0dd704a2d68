using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Observability;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace FitFolio.Api.Tests.Infrastructure.Observability;

public sealed partial class ObservabilityTests
{
    [Fact]
    public async Task The_request_log_line_names_method_path_status_request_id_and_user()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();

        var (line, log) = await RequestLogLineAsync(app, await browser.GetAsync("/api/v1/auth/me"));

        Assert.Contains("\"RequestMethod\":\"GET\"", line);
        Assert.Contains("\"RequestPath\":\"/api/v1/auth/me\"", line);
        Assert.Contains("\"StatusCode\":200", line);
        Assert.Contains("\"Elapsed\":", line);
        Assert.True(line.Contains($"\"UserId\":\"{userId}\"", StringComparison.Ordinal), log);
    }

    [Fact]
    public async Task The_request_log_line_keeps_the_user_after_another_app_in_the_process_has_stopped()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        // The tests run many hosts in one process: one stopping must not change what another one's request log records.
        await (await FitFolioApp.StartAsync(DatabaseProvider.Sqlite)).DisposeAsync();

        var (line, log) = await RequestLogLineAsync(app, await browser.GetAsync("/api/v1/auth/me"));

        Assert.True(line.Contains($"\"UserId\":\"{userId}\"", StringComparison.Ordinal), log);
    }

    [Fact]
    public async Task The_app_hands_out_one_logger_per_category_and_it_still_writes_to_the_log()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var factory = app.Services.GetRequiredService<ILoggerFactory>();

        var first = factory.CreateLogger("FitFolio.Tests.Category");
        CachedLoggerCheck(first, "c0ffee");

        Assert.Same(first, factory.CreateLogger("FitFolio.Tests.Category"));
        Assert.NotSame(first, factory.CreateLogger("FitFolio.Tests.Other"));
        Assert.Contains("c0ffee", await app.Log.WhenContainsAsync("c0ffee"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached logger check {Marker}")]
    private static partial void CachedLoggerCheck(ILogger logger, string marker);

    /// <summary>The request-completion line of <paramref name="response"/> (found by its X-Request-ID), and the whole log.</summary>
    private static async Task<(string Line, string Log)> RequestLogLineAsync(FitFolioApp app, HttpResponseMessage response)
    {
        var requestId = response.Headers.GetValues("X-Request-ID").Single();
        var log = await app.Log.WhenContainsAsync(requestId);
        var line = log.Split('\n').Single(l => l.Contains(requestId, StringComparison.Ordinal) && l.Contains("\"RequestPath\"", StringComparison.Ordinal));
        return (line, log);
    }

    [Theory]
    [InlineData("Development", null, ConsoleLogFormat.Text)]
    [InlineData("Production", null, ConsoleLogFormat.Json)]
    [InlineData("Development", "json", ConsoleLogFormat.Json)]
    [InlineData("Production", "Text", ConsoleLogFormat.Text)]
    public void The_console_log_is_readable_text_in_development_and_json_elsewhere_unless_configured(
        string environment, string? setting, ConsoleLogFormat expected)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ObservabilityExtensions.LogFormatKey] = setting })
            .Build();

        var format = ObservabilityExtensions.ConsoleFormat(config, new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(expected, format);
    }

    [Fact]
    public async Task Traces_are_exported_over_otlp_when_an_endpoint_is_configured()
    {
        using var collector = new OtlpHttpSink();
        var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });

        await app.CreateClient().GetAsync(new Uri("/api/v1/auth/csrf", UriKind.Relative));
        // A busy machine can take a while to export the batch; wait for it rather than racing the shutdown flush.
        for (var waited = 0; waited < 300 && !collector.Paths.Contains("/v1/traces"); waited++)
        {
            await Task.Delay(100);
        }

        await app.DisposeAsync();

        Assert.Contains("/v1/traces", collector.Paths);
    }

    /// <summary>A bare HTTP endpoint that accepts OTLP/HTTP posts and records their paths.</summary>
    private sealed class OtlpHttpSink : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public OtlpHttpSink()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public ConcurrentBag<string> Paths { get; } = [];
        public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _ = ServeAsync(client);
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
                while (await reader.ReadLineAsync() is { Length: > 0 } requestLine)
                {
                    Paths.Add(requestLine.Split(' ')[1]);
                    var length = 0;
                    while (await reader.ReadLineAsync() is { Length: > 0 } header)
                    {
                        if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(header["Content-Length:".Length..].Trim());
                        }
                    }

                    var body = new char[length];
                    await reader.ReadBlockAsync(body, 0, length);
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/x-protobuf\r\nContent-Length: 0\r\n\r\n"));
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
