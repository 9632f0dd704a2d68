using System.Net;
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

    private static Dictionary<string, string?> ProductionSettings() => new()
    {
        ["App:PublicUrl"] = "https://fitfolio.example.com",
        ["Email:Smtp:Host"] = "smtp.example.com",
        ["Email:From"] = "FitFolio <noreply@example.com>",
    };

    private static HttpClient HttpsClient(FitFolioApp app) => app.CreateClient(new() { BaseAddress = new Uri("https://fitfolio.example.com") });
}
