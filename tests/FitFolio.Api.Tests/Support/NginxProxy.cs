using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// nginx from Debian's package terminating TLS (a self-signed certificate for <see cref="Host"/> made here) in front of app
/// instances, configured as the RUNBOOK tells a self-hoster: it replaces X-Forwarded-Proto and X-Forwarded-Host and
/// appends the client to X-Forwarded-For. It connects to the apps from <see cref="Address"/>, the one address they trust,
/// so any other loopback peer is an untrusted client. A request with <see cref="NetworkBrowser.InstanceHeader"/> `a` or `b`
/// goes to that instance; every response names the instance that served it in X-Upstream.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    /// <summary>The proxy's source address towards the apps: what ForwardedHeaders:KnownProxies names.</summary>
    public static readonly IPAddress Address = IPAddress.Parse("127.0.0.2");

    private static readonly string[] Binaries = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly Process _process;
    private readonly DirectoryInfo _directory;

    private NginxProxy(Process process, DirectoryInfo directory, int port, X509Certificate2 certificate)
    {
        _process = process;
        _directory = directory;
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }
    public X509Certificate2 Certificate { get; }
    /// <summary>
    /// The public host name. Not `localhost`, which ASP.NET Core's HSTS middleware never answers for; test clients reach
    /// it because <see cref="NetworkBrowser"/> with a source address always connects to the loopback network.
    /// </summary>
    public const string Host = "fitfolio.test";

    public Uri PublicUrl => new($"https://{Host}:{Port}");

    /// <summary>A free port for the proxy, known before the apps start (their App:PublicUrl names it).</summary>
    public static int ReservePort() => ExternalProcess.FreeLoopbackPort();

    public static async Task<NginxProxy> StartAsync(int port, params int[] upstreamPorts)
    {
        var binary = Binaries.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "The proxy tests need nginx from Debian's package and found none. Install it (`apt-get install -y nginx`); " +
            ".ci/run and the GitHub workflow install it.");
        var directory = Directory.CreateTempSubdirectory("fitfolio-nginx-");
        // Run as root, nginx's workers drop to `nobody`, which must reach the temp folders below.
        await ExternalProcess.RunAsync("chmod", ["755", directory.FullName]);
        var certificate = SelfSignedCertificate();
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "cert.pem"), certificate.ExportCertificatePem());
        using (var key = certificate.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        }

        var config = Path.Combine(directory.FullName, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(directory.FullName, port, upstreamPorts));
        var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", directory.FullName, "-e", Path.Combine(directory.FullName, "error.log"), "-c", config })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start nginx");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(process, directory, port, certificate);
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    private static string Configuration(string directory, int port, int[] upstreamPorts)
    {
        var servers = string.Join("\n", upstreamPorts.Select(p => $"    server 127.0.0.1:{p};"));
        var named = string.Join("\n", upstreamPorts.Select((p, i) => $"    {(char)('a' + i)} 127.0.0.1:{p};"));
        return $$"""
            daemon off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{directory}}/client_body;
              proxy_temp_path {{directory}}/proxy;
              upstream fitfolio {
            {{servers}}
              }
              map $http_x_test_instance $fitfolio_backend {
                default fitfolio;
            {{named}}
              }
              server {
                listen 127.0.0.1:{{port}} ssl;
                server_name {{Host}};
                ssl_certificate {{directory}}/cert.pem;
                ssl_certificate_key {{directory}}/key.pem;
                location / {
                  proxy_pass http://$fitfolio_backend;
                  proxy_bind {{Address}};
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_set_header X-Forwarded-Host $http_host;
                  proxy_set_header X-Test-Instance "";
                  add_header X-Upstream $upstream_addr always;
                }
              }
            }
            """;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={Host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}:\n{ErrorLog()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }
        }
    }

    public string ErrorLog()
    {
        var path = Path.Combine(_directory.FullName, "error.log");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        Certificate.Dispose();
        _directory.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
