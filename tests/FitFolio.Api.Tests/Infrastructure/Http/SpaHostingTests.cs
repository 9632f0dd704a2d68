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
        await File.WriteAllTextAsync(Path.Combine(_webRoot.FullName, "sw.js"), "self.skipWaiting()");
        await File.WriteAllTextAsync(Path.Combine(_webRoot.FullName, "manifest.webmanifest"), "{\"name\":\"FitFolio\"}");
        _app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["webroot"] = _webRoot.FullName });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _webRoot.Delete(recursive: true);
    }

    [Fact]
    public async Task A_static_file_never_rotates_a_session_or_sets_a_cookie()
    {
        await using var app = await StartWithWebRootAsync(fakeTime: true);
        var browser = await WithSessionDueForRotationAsync(app);

        var asset = await browser.GetAsync("/assets/index-abc123.js");
        var page = await browser.GetAsync("/workouts");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.False(asset.Headers.Contains("Set-Cookie"));
        Assert.False(page.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_stored()
    {
        await using var app = await StartWithWebRootAsync(fakeTime: true);
        var browser = await WithSessionDueForRotationAsync(app);

        var response = await browser.GetAsync("/healthz/live");

        Assert.True(response.Headers.Contains("Set-Cookie"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private Task<FitFolioApp> StartWithWebRootAsync(bool fakeTime) =>
        FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["webroot"] = _webRoot.FullName }, fakeTime: fakeTime);

    private static async Task<TestBrowser> WithSessionDueForRotationAsync(FitFolioApp app)
    {
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        app.Time!.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        app.Time.Advance(TimeSpan.FromDays(1));
        return browser;
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

    [Theory]
    [InlineData("/sw.js", "text/javascript")]
    [InlineData("/manifest.webmanifest", "application/manifest+json")]
    public async Task The_service_worker_and_the_manifest_are_revalidated_every_time_with_their_own_type(string path, string mediaType)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        // A browser only installs a service worker that the page's policy lets it load.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("worker-src", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("manifest-src", policy, StringComparison.Ordinal);
    }
}
