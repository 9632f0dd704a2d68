using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Http;

public sealed class SpaHostingTests : IAsyncLifetime
{
    private readonly DirectoryInfo _webRoot = Directory.CreateTempSubdirectory("fitfolio-webroot-");
    private FitFolioApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_webRoot.FullName, "index.html"), "<!doctype html><title>FitFolio</title>");
        Directory.CreateDirectory(Path.Combine(_webRoot.FullName, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot.FullName, "assets", "index-abc123.js"), "console.log(1)");
        _app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["webroot"] = _webRoot.FullName });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _webRoot.Delete(recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/workouts/42")]
    [InlineData("/auth/verify?token=abc")]
    public async Task A_client_route_gets_index_html_revalidated_every_time(string path)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task A_hashed_asset_is_cached_for_a_year()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/assets/index-abc123.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("/assets/missing.js")]
    [InlineData("/api/v1/missing")]
    [InlineData("/healthz/missing")]
    public async Task A_missing_file_or_server_path_never_falls_back_to_index_html(string path)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
