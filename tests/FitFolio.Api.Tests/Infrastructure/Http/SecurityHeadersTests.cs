using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/healthz/live")]
    [InlineData("/api/v1/missing")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = "https://fitfolio.example.com",
            ["Email:Smtp:Host"] = "smtp.example.com",
            ["Email:From"] = "FitFolio <noreply@example.com>",
        });
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://fitfolio.example.com") });

        var response = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Hsts_is_not_sent_in_development()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync());
    }
}
