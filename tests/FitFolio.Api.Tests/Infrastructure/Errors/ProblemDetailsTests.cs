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
    public async Task The_wrong_method_is_a_method_not_allowed_problem()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync(new Uri("/api/v1/auth/logout", UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task Malformed_json_is_a_malformed_request_problem_that_says_where()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        using var junk = new StringContent("{\"email\": \"kate@example.com\", \"next\": [}", System.Text.Encoding.UTF8, "application/json");

        var response = await browser.PostAsync("/api/v1/auth/magic-link/start", junk);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
        Assert.Contains("next", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unhandled_failure_is_a_generic_500_and_the_exception_goes_to_the_log_only()
    {
        // A role the server does not know: a failure the app has no answer for (an unreachable server would be a 503).
        var server = new Npgsql.NpgsqlConnectionStringBuilder((await PostgresServer.GetAsync()).AdminConnectionString);
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = $"Host={server.Host};Port={server.Port};Username=nobody;Password=s3cret-in-conn-string;Timeout=2",
            ["App:MigrateOnStartup"] = "false",
        });
        var browser = new TestBrowser(app);
        browser.SetCookie("fitfolio_session", new string('A', 43));

        var response = await browser.GetAsync("/api/v1/auth/me");

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "internal_error");
        var body = problem.GetRawText();
        Assert.DoesNotContain("Npgsql", body);
        Assert.DoesNotContain("s3cret", body);
        Assert.DoesNotContain("   at ", body);
        var requestId = problem.GetProperty("requestId").GetString()!;
        var log = await app.Log.WhenContainsAsync(requestId);
        Assert.Contains(requestId, log);
        Assert.Contains("Npgsql", log);
    }

    [Theory]
    [InlineData("/api/v1/nothing")]
    [InlineData("/healthz/nothing")]
    public async Task No_html_error_page_is_served_under_api_or_healthz(string path)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
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
