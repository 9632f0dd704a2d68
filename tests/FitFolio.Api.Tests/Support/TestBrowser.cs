using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Account;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// One browser against a test app: its own cookie jar, and the SPA's CSRF habit (fetch a token from /auth/csrf,
/// send it as X-CSRF-Token on unsafe requests).
/// </summary>
public sealed class TestBrowser
{
    public static readonly Uri BaseAddress = new("http://localhost:8080");

    private string? _csrfToken;

    public TestBrowser(FitFolioApp app, Uri? baseAddress = null)
    {
        App = app;
        Cookies = new CookieContainer();
        Client = app.CreateDefaultClient(baseAddress ?? BaseAddress, new CookieContainerHandler(Cookies));
    }

    public FitFolioApp App { get; }
    public CookieContainer Cookies { get; }
    public HttpClient Client { get; }

    public string? Cookie(string name) => Cookies.GetCookies(Client.BaseAddress!)[name]?.Value;

    public void SetCookie(string name, string value) => Cookies.Add(Client.BaseAddress!, new Cookie(name, value, "/"));

    public string? SessionToken => Cookie("fitfolio_session");

    /// <summary>Fetches a fresh CSRF token, as the SPA does at start and after signing in or out.</summary>
    public async Task<string> RefreshCsrfAsync()
    {
        var response = await Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/csrf");
        _csrfToken = response.GetProperty("token").GetString()!;
        return _csrfToken;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public Task<HttpResponseMessage> PatchAsync(string path, object? body = null) => SendAsync(HttpMethod.Patch, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, bool withCsrf = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (withCsrf)
        {
            request.Headers.Add("X-CSRF-Token", _csrfToken ?? await RefreshCsrfAsync());
        }

        return await Client.SendAsync(request);
    }

    /// <summary>
    /// Signs a user in without the email round trip by starting a session the way a sign-in does, for tests of what
    /// comes after sign-in. Sign-in itself is tested through the real endpoints.
    /// </summary>
    public async Task<Guid> SignInDirectlyAsync(string email = "lifter@example.com")
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var normalized = EmailAddress.Normalize(email);
        var user = db.Users.SingleOrDefault(u => u.NormalizedEmail == normalized);
        if (user is null)
        {
            user = new User(email, time.GetUtcNow());
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        var (_, token) = await scope.ServiceProvider.GetRequiredService<SessionTokenService>().StartAsync(user.Id, null, "TestBrowser", CancellationToken.None);
        SetCookie(scope.ServiceProvider.GetRequiredService<SessionCookie>().Name, token);
        await RefreshCsrfAsync();
        return user.Id;
    }
}
