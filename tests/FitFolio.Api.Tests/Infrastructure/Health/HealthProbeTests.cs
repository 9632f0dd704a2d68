using FitFolio.Api.Infrastructure.Health;
using FitFolio.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FitFolio.Api.Tests.Infrastructure.Health;

/// <summary>The container's HEALTHCHECK (`FitFolio.Api --health-probe URL`) against a real Kestrel listener.</summary>
public sealed class HealthProbeTests : IAsyncLifetime
{
    private WebApplication _server = null!;
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        _baseUrl = $"http://127.0.0.1:{ExternalProcess.FreeLoopbackPort()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(_baseUrl);
        _server = builder.Build();
        _server.MapGet("/healthz/live", () => Results.Ok());
        _server.MapGet("/down", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await _server.StartAsync();
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Exits_0_when_the_app_answers_2xx() =>
        Assert.Equal(0, await HealthProbe.RunAsync($"{_baseUrl}/healthz/live"));

    [Fact]
    public async Task Exits_1_on_an_error_status() =>
        Assert.Equal(1, await HealthProbe.RunAsync($"{_baseUrl}/down"));

    [Fact]
    public async Task Exits_1_when_nothing_listens() =>
        Assert.Equal(1, await HealthProbe.RunAsync($"http://127.0.0.1:{ExternalProcess.FreeLoopbackPort()}/healthz/live"));

    [Fact]
    public async Task The_app_binary_runs_the_probe_as_the_container_does_before_any_configuration_check()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "FitFolio.Api.dll");

        var output = await ExternalProcess.RunAsync("dotnet", [app, HealthProbe.Argument, $"{_baseUrl}/healthz/live"]);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ExternalProcess.RunAsync("dotnet", [app, HealthProbe.Argument, $"{_baseUrl}/down"]));

        Assert.DoesNotContain("Configuration error", output, StringComparison.Ordinal);
        Assert.Contains("exited with 1", failure.Message, StringComparison.Ordinal);
    }
}
