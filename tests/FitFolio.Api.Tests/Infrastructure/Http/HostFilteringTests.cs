using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

public sealed class HostFilteringTests
{
    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:8080")]
    [InlineData("http://localhost")]
    public async Task Development_answers_loopback_host_names_on_any_port(string origin)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new() { BaseAddress = new Uri(origin) });

        var response = await client.GetAsync(new Uri("/api/v1/instance", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://attacker.example")]
    [InlineData("http://192.168.1.20:8080")]
    [InlineData("http://localhost.attacker.example:8080")]
    public async Task Development_refuses_any_other_host_name_so_dns_rebinding_cannot_reach_it(string origin)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new() { BaseAddress = new Uri(origin) });

        var response = await client.GetAsync(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }
}
