using System.Text.Json;
using System.Text.Json.Nodes;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

/// <summary>
/// The SPA's API types are generated from web/openapi.json; this keeps that file equal to what the server serves,
/// so a changed endpoint breaks the web build's type check instead of a user's screen.
/// Regenerate with `make openapi`.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_committed_openapi_document_is_what_the_server_serves()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var served = JsonNode.Parse(await app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        served.Remove("servers"); // the test host's address, not part of the contract
        var path = Path.Combine(Repository.Root, "web", "openapi.json");

        if (Environment.GetEnvironmentVariable("FITFOLIO_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var committed = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path)) : null;
        Assert.True(JsonNode.DeepEquals(served, committed), "web/openapi.json differs from the served document: run `make openapi` and commit it");
    }
}
