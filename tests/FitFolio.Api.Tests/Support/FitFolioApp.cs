using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FitFolio.Api.Tests.Support;

/// <summary>
/// The real app in memory on a real database: a fresh SQLite file or a fresh PostgreSQL database, optionally with
/// the shared Redis. Two apps built from one <see cref="Settings"/> are two instances of one deployment.
/// </summary>
public sealed class FitFolioApp : WebApplicationFactory<Program>
{
    private readonly string? _sqliteFile;

    private FitFolioApp(Dictionary<string, string?> settings, string environment, string? sqliteFile)
    {
        Settings = settings;
        Environment = environment;
        _sqliteFile = sqliteFile;
    }

    public Dictionary<string, string?> Settings { get; }
    public string Environment { get; }
    public FakeTimeProvider? Time { get; private set; }
    public CapturedLog Log { get; private set; } = new();

    /// <summary>Test requests may name the TCP peer they pretend to come from (TestServer has none).</summary>
    public const string PeerIpHeader = "X-Test-Peer-IP";

    public static async Task<FitFolioApp> StartAsync(
        DatabaseProvider provider,
        bool withRedis = false,
        string environment = "Development",
        IDictionary<string, string?>? settings = null,
        bool fakeTime = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["App:PublicUrl"] = "http://localhost:8080",
            ["Redis:KeyPrefix"] = RedisServer.UniqueKeyPrefix(),
            ["ConnectionStrings:Redis"] = "",
            ["SecretsFolder"] = "/nonexistent",
        };
        string? sqliteFile = null;
        if (provider == DatabaseProvider.Postgres)
        {
            all["ConnectionStrings:Database"] = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"fitfolio-test-{Guid.NewGuid():N}.db");
            all["ConnectionStrings:Database"] = $"Data Source={sqliteFile}";
        }

        if (withRedis)
        {
            all["ConnectionStrings:Redis"] = (await RedisServer.GetAsync()).ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new FitFolioApp(all, environment, sqliteFile);
        if (fakeTime)
        {
            app.Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        }

        _ = app.Server; // builds the host: migrations run here, so failures surface in the test that asked
        return app;
    }

    /// <summary>A second instance of the same deployment: same database, same Redis, same key prefix.</summary>
    public FitFolioApp SecondInstance()
    {
        var twin = new FitFolioApp(new Dictionary<string, string?>(Settings), Environment, sqliteFile: null) { Time = Time, Log = Log };
        _ = twin.Server;
        return twin;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink>(Log);
            services.AddSingleton<IStartupFilter, PeerIpStartupFilter>();
            if (Time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }
        });
    }

    private sealed class PeerIpStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[PeerIpHeader], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
