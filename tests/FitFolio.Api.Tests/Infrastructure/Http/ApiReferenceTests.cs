using System.Net;
using System.Text.RegularExpressions;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

public sealed class ApiReferenceTests
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    public async Task Production_serves_no_api_reference_unless_asked(string path)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: ProductionSettings());

        var response = await HttpsClient(app).GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_serves_the_api_reference_when_app_api_reference_is_on()
    {
        var settings = ProductionSettings();
        settings["App:ApiReference"] = "true";
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: settings);

        var response = await HttpsClient(app).GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Development_can_turn_the_api_reference_off()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["App:ApiReference"] = "false" });

        var response = await app.CreateClient().GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_reference_runs_its_scripts_under_a_fresh_nonce_never_unsafe_inline()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();

        var first = await client.GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);
        var second = await client.GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSources = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        var nonce = Regex.Match(scriptSources, "'nonce-([^']+)'").Groups[1].Value;
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("unsafe-inline", scriptSources, StringComparison.Ordinal);
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nonce, second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> ProductionSettings() => new()
    {
        ["App:PublicUrl"] = "https://fitfolio.example.com",
        ["Email:Smtp:Host"] = "smtp.example.com",
        ["Email:From"] = "FitFolio <noreply@example.com>",
    };

    private static HttpClient HttpsClient(FitFolioApp app) => app.CreateClient(new() { BaseAddress = new Uri("https://fitfolio.example.com") });
}
