using System.Globalization;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace FitFolio.Api.Infrastructure.Observability;

/// <summary>How the console log is written: readable lines for a person at a terminal, JSON lines for a log shipper.</summary>
public enum ConsoleLogFormat
{
    Json,
    Text,
}

public static class ObservabilityExtensions
{
    public const string ServiceName = "fitfolio";
    public const string LogFormatKey = "App:LogFormat";
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>`App:LogFormat` when set (checked at start-up), else readable text in Development and JSON elsewhere.</summary>
    public static ConsoleLogFormat ConsoleFormat(IConfiguration config, IHostEnvironment environment) =>
        Enum.TryParse<ConsoleLogFormat>(config[LogFormatKey], ignoreCase: true, out var format) ? format
        : environment.IsDevelopment() ? ConsoleLogFormat.Text
        : ConsoleLogFormat.Json;

    /// <summary>Serilog on stdout, and OpenTelemetry traces and metrics exported when OTLP is configured.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var consoleFormat = ConsoleFormat(builder.Configuration, builder.Environment);
        // preserveStaticLogger: the host keeps its own logger and leaves the process-wide Log.Logger alone. Otherwise
        // IDiagnosticContext binds request-log properties (UserId) through Log.Logger, which any other host in the
        // process replaces, and which a stopping host turns into a silent logger that drops them.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext();
            // A person at a terminal gets the console sink's colours. Redirected output (a container, a service, the bench)
            // is written a batch at a time: flushing each line cost a system call and a wake-up per request. The queue
            // holds 100,000 events; only output that stops accepting writes for that long loses lines.
            if (consoleFormat == ConsoleLogFormat.Text && !Console.IsOutputRedirected)
            {
                logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture);
            }
            else
            {
                ITextFormatter formatter = consoleFormat == ConsoleLogFormat.Text
                    ? new MessageTemplateTextFormatter(TextTemplate, CultureInfo.InvariantCulture)
                    : new RenderedCompactJsonFormatter();
                logger.WriteTo.Sink(new StdoutBatchSink(formatter, Console.OpenStandardOutput()),
                    new BatchingOptions { BatchSizeLimit = 1000, BufferingTimeLimit = TimeSpan.FromMilliseconds(50), QueueLimit = 100_000 });
            }

            // Extra sinks registered in DI (the tests read the log this way) receive exactly what stdout receives.
            foreach (var sink in services.GetServices<ILogEventSink>())
            {
                logger.WriteTo.Sink(sink);
            }
        }, preserveStaticLogger: true);
        CachedLoggerFactory.Decorate(builder.Services);

        // Traces and metrics are recorded only when there is somewhere to send them: without an exporter, listening to
        // ASP.NET Core, EF, Npgsql and Redis made every request build activities and measurements nobody would read.
        // (dotnet-counters still reads the runtime's and ASP.NET Core's own meters without any of this.)
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService(ServiceName))
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/healthz"))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddRedisInstrumentation()
                    .AddOtlpExporter())
                .WithMetrics(metrics => metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>One log line per request: method, path, status, elapsed, request id and (when signed in) the user id the session handler adds — never headers or cookies.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            // This host's own logger, not the static Log.Logger that the last host built in the process would own.
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // A 503 is a dependency that is down or at its limit: ApiExceptionHandler's Warning names the cause.
            o.GetLevel = (ctx, _, ex) => ex is not null ? LogEventLevel.Error
                : ctx.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning
                : ctx.Response.StatusCode >= 500 ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
        return app;
    }
}
