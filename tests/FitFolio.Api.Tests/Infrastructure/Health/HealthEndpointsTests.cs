using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Live_answers_200()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync(new Uri("/healthz/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Ready_answers_200_when_the_database_and_redis_answer(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, withRedis: true);

        var response = await app.CreateClient().GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["database", "redis"], body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_database_when_it_is_unreachable()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = $"Host=127.0.0.1;Port={ExternalProcess.FreeLoopbackPort()};Username=nobody;Timeout=2",
            ["App:MigrateOnStartup"] = "false",
        });

        var response = await app.CreateClient().GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var failing = FailingChecks(await response.Content.ReadAsStringAsync());
        Assert.Equal(["database"], failing);
    }

    [Fact]
    public async Task Ready_answers_503_naming_redis_when_it_is_unreachable()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{ExternalProcess.FreeLoopbackPort()},connectTimeout=500",
        });

        var response = await app.CreateClient().GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["redis"], FailingChecks(await response.Content.ReadAsStringAsync()));
    }

    private static string?[] FailingChecks(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("checks").EnumerateArray()
            .Where(c => c.GetProperty("status").GetString() != "Healthy")
            .Select(c => c.GetProperty("name").GetString())];
}
