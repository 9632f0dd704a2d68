using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitFolio.Api.Tests.Support;
using Npgsql;
using static FitFolio.Api.Tests.Support.PasskeyCeremonies;

namespace FitFolio.Api.Tests.Operations;

/// <summary>
/// Two real app processes in Production mode on PostgreSQL + Redis, behind nginx terminating TLS with a self-signed
/// certificate, with ForwardedHeaders:KnownProxies naming the proxy's address. Clients connect from addresses of their
/// own on the loopback network, so the client IP the app must see is the real TCP peer of nginx.
/// </summary>
public sealed partial class BehindProxyTests(BehindProxyTests.Deployment deployment) : IClassFixture<BehindProxyTests.Deployment>
{
    private const string SessionCookie = "__Host-fitfolio_session";

    [Fact]
    public async Task Behind_nginx_the_app_sees_the_https_scheme_and_the_public_host()
    {
        using var browser = deployment.Browser(ClientAddress(1));

        var document = JsonDocument.Parse(await (await browser.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync()).RootElement;

        // The OpenAPI document names the server as the request reached the app: scheme and host after forwarded headers.
        var server = document.GetProperty("servers")[0].GetProperty("url").GetString()!;
        Assert.Equal(deployment.Proxy.PublicUrl.ToString().TrimEnd('/'), server.TrimEnd('/'));
    }

    [Fact]
    public async Task Sign_in_through_nginx_sets_secure_host_prefixed_cookies_and_hsts()
    {
        using var browser = deployment.Browser(ClientAddress(2));
        var csrf = await browser.GetAsync("/api/v1/auth/csrf");
        await browser.RefreshCsrfAsync();
        var email = SmtpServer.UniqueAddress();
        var started = await browser.PostAsync("/api/v1/auth/magic-link/start", new { email });
        await started.AssertStatusAsync(HttpStatusCode.Accepted);

        var verified = await browser.PostAsync("/api/v1/auth/magic-link/verify", new { token = TokenIn(await deployment.LinkMailedToAsync(email)) });

        await verified.AssertStatusAsync(HttpStatusCode.OK);
        var session = Assert.Single(verified.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));
        var attributes = session.ToLowerInvariant();
        Assert.Contains("; secure", attributes);
        Assert.Contains("; httponly", attributes);
        Assert.Contains("; path=/", attributes);
        Assert.DoesNotContain("domain=", attributes);
        Assert.Contains(csrf.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fitfolio_csrf=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("max-age=31536000; includeSubDomains", verified.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Rate_limits_and_audit_rows_use_the_client_address_nginx_forwards()
    {
        using var limited = deployment.Browser(ClientAddress(3));
        using var neighbour = deployment.Browser(ClientAddress(4));
        using var signingIn = deployment.Browser(ClientAddress(5));
        // The client's own X-Forwarded-For reaches the app ahead of what nginx appends; only the proxy's entry counts.
        var spoof = new Dictionary<string, string> { ["X-Forwarded-For"] = "198.51.100.23" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Deployment.MagicLinkStartPerMinute; i++)
        {
            statuses.Add((await limited.SendAsync(HttpMethod.Post, "/api/v1/auth/magic-link/start", new { email = SmtpServer.UniqueAddress() }, headers: spoof)).StatusCode);
        }

        var neighbourStatus = (await neighbour.PostAsync("/api/v1/auth/magic-link/start", new { email = SmtpServer.UniqueAddress() })).StatusCode;
        var email = SmtpServer.UniqueAddress();
        await signingIn.SignInByMagicLinkAsync(email, deployment.LinkMailedToAsync);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Accepted, Deployment.MagicLinkStartPerMinute), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Accepted, neighbourStatus);
        Assert.Equal([ClientAddress(3).ToString()], await deployment.AuditAddressesAsync("rate_limited", ClientAddress(3)));
        Assert.Empty(await deployment.AuditAddressesAsync("rate_limited", IPAddress.Parse("198.51.100.23")));
        Assert.Equal([ClientAddress(5).ToString()], await deployment.AuditAddressesAsync("sign_in", ClientAddress(5)));
    }

    [Fact]
    public async Task A_spoofed_forwarded_header_sent_straight_to_the_app_by_an_untrusted_peer_is_ignored()
    {
        var untrusted = ClientAddress(6);
        using var direct = new NetworkBrowser(deployment.InstanceA.BaseAddress, untrusted);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Deployment.MagicLinkStartPerMinute; i++)
        {
            var spoof = new Dictionary<string, string>
            {
                ["X-Forwarded-For"] = $"203.0.113.{i + 1}",
                ["X-Forwarded-Proto"] = "https",
                ["X-Forwarded-Host"] = "evil.example",
            };
            statuses.Add((await direct.SendAsync(HttpMethod.Post, "/api/v1/auth/magic-link/start", new { email = SmtpServer.UniqueAddress() }, withCsrf: false, headers: spoof)).StatusCode);
        }

        var openApi = await direct.SendAsync(HttpMethod.Get, "/openapi/v1.json", null, withCsrf: false,
            headers: new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "evil.example" });

        // A new spoofed address each time is still one client: the limit holds, and the proto claim does not make it HTTPS.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, Deployment.MagicLinkStartPerMinute), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal([untrusted.ToString()], await deployment.AuditAddressesAsync("rate_limited", untrusted));
        var server = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement.GetProperty("servers")[0].GetProperty("url").GetString()!;
        Assert.StartsWith($"http://127.0.0.1:{deployment.InstanceA.Port}", server);
    }

    [Fact]
    public async Task A_passkey_ceremony_started_on_one_instance_behind_nginx_finishes_on_the_other()
    {
        using var authenticator = new SoftwareAuthenticator { Origin = deployment.Proxy.PublicUrl.GetLeftPart(UriPartial.Authority) };
        using var owner = deployment.Browser(ClientAddress(7));
        await owner.SignInByMagicLinkAsync(SmtpServer.UniqueAddress(), deployment.LinkMailedToAsync);
        using var stranger = deployment.Browser(ClientAddress(8));

        owner.Instance = "a";
        var registration = await JsonOf(await owner.PostAsync(RegisterStart, new { }));
        owner.Instance = "b";
        var registered = await owner.PostAsync(RegisterFinish, new { challengeId = registration.GetProperty("challengeId").GetString(), credential = authenticator.Create(registration.GetProperty("options")) });
        stranger.Instance = "b";
        var started = await stranger.PostAsync(AuthenticateStart, new { });
        var authentication = await JsonOf(started);
        stranger.Instance = "a";
        var signedIn = await stranger.PostAsync(AuthenticateFinish, new { challengeId = authentication.GetProperty("challengeId").GetString(), credential = authenticator.Get(authentication.GetProperty("options")) });

        await registered.AssertStatusAsync(HttpStatusCode.Created);
        await signedIn.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal($"127.0.0.1:{deployment.InstanceB.Port}", started.Headers.GetValues("X-Upstream").Single());
        Assert.Equal($"127.0.0.1:{deployment.InstanceA.Port}", signedIn.Headers.GetValues("X-Upstream").Single());
        stranger.Instance = "b";
        await (await stranger.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_logout_on_one_instance_behind_nginx_holds_on_the_other()
    {
        using var browser = deployment.Browser(ClientAddress(9));
        await browser.SignInByMagicLinkAsync(SmtpServer.UniqueAddress(), deployment.LinkMailedToAsync);
        using var copy = deployment.Browser(ClientAddress(9));
        copy.SetCookie(SessionCookie, browser.Cookie(SessionCookie)!);
        copy.Instance = "b";
        await (await copy.GetAsync("/api/v1/auth/me")).AssertStatusAsync(HttpStatusCode.OK);

        browser.Instance = "a";
        var logout = await browser.PostAsync("/api/v1/auth/logout");
        var afterwards = await copy.GetAsync("/api/v1/auth/me");

        await logout.AssertStatusAsync(HttpStatusCode.NoContent);
        await afterwards.AssertStatusAsync(HttpStatusCode.Unauthorized);
        // Both really went through nginx to different instances, or this would prove nothing about sharing.
        Assert.Equal($"127.0.0.1:{deployment.InstanceA.Port}", logout.Headers.GetValues("X-Upstream").Single());
        Assert.Equal($"127.0.0.1:{deployment.InstanceB.Port}", afterwards.Headers.GetValues("X-Upstream").Single());
    }

    [Fact]
    public async Task A_csrf_token_made_by_one_instance_behind_nginx_is_accepted_by_the_other()
    {
        using var browser = deployment.Browser(ClientAddress(10));
        await browser.SignInByMagicLinkAsync(SmtpServer.UniqueAddress(), deployment.LinkMailedToAsync);
        browser.Instance = "a";
        await browser.RefreshCsrfAsync();

        browser.Instance = "b";
        var started = await browser.PostAsync("/api/v1/workouts", new { });

        await started.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal($"127.0.0.1:{deployment.InstanceB.Port}", started.Headers.GetValues("X-Upstream").Single());
    }

    /// <summary>A client of its own on the loopback network (127.0.0.1 is the apps' own address, 127.0.0.2 the proxy's).</summary>
    private static IPAddress ClientAddress(int n) => IPAddress.Parse($"127.0.0.{10 + n}");

    private static string TokenIn(string link) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString();

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [GeneratedRegex(@"https://\S+token=[A-Za-z0-9_\-]+")]
    private static partial Regex SignInLink();

    /// <summary>PostgreSQL, Redis, SMTP, two app instances and nginx, started once for the class.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        public const int MagicLinkStartPerMinute = 3;

        private SmtpServer _smtp = null!;
        private string _database = null!;

        public NginxProxy Proxy { get; private set; } = null!;
        public RunningApp InstanceA { get; private set; } = null!;
        public RunningApp InstanceB { get; private set; } = null!;

        public NetworkBrowser Browser(IPAddress client) => new(Proxy.PublicUrl, client, Proxy.Certificate);

        public async ValueTask InitializeAsync()
        {
            _database = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
            var redis = await RedisServer.GetAsync();
            _smtp = await SmtpServer.GetAsync();
            var proxyPort = NginxProxy.ReservePort();
            var settings = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // The tests read the scheme and host the app saw from the OpenAPI document's server URL.
                ["App__ApiReference"] = "true",
                ["App__PublicUrl"] = $"https://{NginxProxy.Host}:{proxyPort}",
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Database"] = _database + ";Maximum Pool Size=20",
                ["ConnectionStrings__Redis"] = redis.ConnectionString,
                ["Redis__KeyPrefix"] = RedisServer.UniqueKeyPrefix(),
                ["Auth__SignUp"] = "open",
                ["ForwardedHeaders__KnownProxies"] = NginxProxy.Address.ToString(),
                ["RateLimits__MagicLinkStartPerMinute"] = $"{MagicLinkStartPerMinute}",
            };
            foreach (var (key, value) in _smtp.AppSettings())
            {
                settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
            }

            // One first, so the second finds the schema migrated.
            InstanceA = await RunningApp.StartAsync(settings);
            InstanceB = await RunningApp.StartAsync(settings);
            Proxy = await NginxProxy.StartAsync(proxyPort, InstanceA.Port, InstanceB.Port);
        }

        public async Task<string> LinkMailedToAsync(string email)
        {
            var mail = await _smtp.SingleMailToAsync(email);
            return SignInLink().Match(mail.TextBody ?? "").Value;
        }

        /// <summary>The addresses of the login_events rows of a type that came from <paramref name="client"/>.</summary>
        public async Task<List<string>> AuditAddressesAsync(string eventType, IPAddress client)
        {
            await using var connection = new NpgsqlConnection(_database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT host(ip_address) FROM login_events WHERE event_type = @type AND ip_address = @ip", connection);
            command.Parameters.AddWithValue("type", eventType);
            command.Parameters.AddWithValue("ip", client);
            var addresses = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                addresses.Add(reader.GetString(0));
            }

            return addresses;
        }

        public async ValueTask DisposeAsync()
        {
            if (Proxy is not null)
            {
                await Proxy.DisposeAsync();
            }

            if (InstanceB is not null)
            {
                await InstanceB.DisposeAsync();
            }

            if (InstanceA is not null)
            {
                await InstanceA.DisposeAsync();
            }
        }
    }
}
