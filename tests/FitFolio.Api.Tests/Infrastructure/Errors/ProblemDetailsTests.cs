using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Errors;

public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v2/anything")]
    [InlineData("/api")]
    public async Task An_unknown_api_route_is_a_not_found_problem(string path)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_body_above_the_limit_is_a_payload_too_large_problem()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new("application/json");

        var response = await app.CreateClient().PostAsync(new Uri("/api/v1/anything", UriKind.Relative), content);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task A_well_formed_incoming_request_id_is_kept()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/missing");
        request.Headers.Add("X-Request-ID", "proxy-abc-12345");

        var response = await app.CreateClient().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal("proxy-abc-12345", problem.GetProperty("requestId").GetString());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    [InlineData("line\u2028break-abcdefgh")]
    public async Task A_malformed_incoming_request_id_is_replaced(string incoming)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz/live");
        request.Headers.TryAddWithoutValidation("X-Request-ID", incoming);

        var response = await app.CreateClient().SendAsync(request);

        var id = response.Headers.GetValues("X-Request-ID").Single();
        Assert.NotEqual(incoming, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }
}
