using Serilog;
using Serilog.Formatting.Compact;

namespace FitFolio.Api.Infrastructure.Configuration;

public static class ConfigurationExtensions
{
    public const string SecretsFolder = "/run/secrets";

    /// <summary>Docker secrets (one file per key, `__` for `:`) override every other source when the folder exists.</summary>
    public static WebApplicationBuilder AddSecretsFolder(this WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["SecretsFolder"] ?? SecretsFolder;
        if (Directory.Exists(folder))
        {
            builder.Configuration.AddKeyPerFile(folder, optional: true);
        }

        return builder;
    }

    /// <summary>Binds every options section and reports, one log line per key, what stops this configuration from running.</summary>
    public static bool TryValidateConfiguration(this WebApplicationBuilder builder)
    {
        var problems = ConfigurationCheck.Run(builder.Configuration, builder.Environment.IsDevelopment());
        if (problems.Count > 0)
        {
            using var log = new LoggerConfiguration().WriteTo.Console(new RenderedCompactJsonFormatter()).CreateLogger();
            foreach (var problem in problems)
            {
                log.Fatal("Configuration error: {Key} {Problem}. FitFolio will not start.", problem.Key, problem.Message);
            }

            return false;
        }

        var config = builder.Configuration;
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.Configure<AppOptions>(config.GetSection(AppOptions.Section));
        services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        services.Configure<AuthOptions>(config.GetSection(AuthOptions.Section));
        services.Configure<RateLimitOptions>(config.GetSection(RateLimitOptions.Section));
        services.Configure<EmailOptions>(config.GetSection(EmailOptions.Section));
        services.Configure<WebAuthnOptions>(config.GetSection(WebAuthnOptions.Section));
        return true;
    }
}
