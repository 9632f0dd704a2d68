using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// A browser over real sockets, for an app in another process or behind a proxy: its own cookie jar, the SPA's CSRF habit,
/// optionally a source address of its own on the loopback network (all of 127.0.0.0/8 is local on Linux, so each test
/// client can be a different IP) and a pinned server certificate.
/// </summary>
public sealed class NetworkBrowser : IDisposable
{
    /// <summary>Asks the test proxy to route a request to one named instance (see <see cref="NginxProxy"/>).</summary>
    public const string InstanceHeader = "X-Test-Instance";

    private string? _csrfToken;

    public NetworkBrowser(Uri baseAddress, IPAddress? source = null, X509Certificate2? serverCertificate = null)
    {
        Cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false };
        if (serverCertificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || certificate?.GetCertHashString() == serverCertificate.GetCertHashString();
        }

        if (source is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        Client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public CookieContainer Cookies { get; }
    public HttpClient Client { get; }

    /// <summary>Which instance behind the proxy the next requests go to; null = the proxy's round robin.</summary>
    public string? Instance { get; set; }

    public string? Cookie(string name) => Cookies.GetCookies(Client.BaseAddress!)[name]?.Value;

    public void SetCookie(string name, string value) =>
        Cookies.Add(Client.BaseAddress!, new Cookie(name, value, "/") { Secure = Client.BaseAddress!.Scheme == Uri.UriSchemeHttps });

    public async Task<string> RefreshCsrfAsync()
    {
        var response = await GetAsync("/api/v1/auth/csrf");
        response.EnsureSuccessStatusCode();
        _csrfToken = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return _csrfToken;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, withCsrf: false);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body, bool withCsrf = true, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (withCsrf)
        {
            request.Headers.Add("X-CSRF-Token", _csrfToken ?? await RefreshCsrfAsync());
        }

        if (Instance is not null)
        {
            request.Headers.Add(InstanceHeader, Instance);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Asks for a sign-in link, takes the token out of the mail <paramref name="readLink"/> finds, redeems it.</summary>
    public async Task SignInByMagicLinkAsync(string email, Func<string, Task<string>> readLink)
    {
        var started = await PostAsync("/api/v1/auth/magic-link/start", new { email });
        await started.AssertStatusAsync(HttpStatusCode.Accepted);
        var link = new Uri(await readLink(email));
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["token"].ToString();
        var verified = await PostAsync("/api/v1/auth/magic-link/verify", new { token });
        await verified.AssertStatusAsync(HttpStatusCode.OK);
        await RefreshCsrfAsync();
    }

    public void Dispose() => Client.Dispose();
}
