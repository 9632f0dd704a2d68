using FitFolio.Api.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;

namespace FitFolio.Api.Tests.Infrastructure.Configuration;

public sealed class ConfigurationCheckTests
{
    private static readonly Dictionary<string, string?> ValidProduction = new()
    {
        ["App:PublicUrl"] = "https://fitfolio.example.com",
        ["Email:Smtp:Host"] = "smtp.example.com",
        ["Email:From"] = "noreply@example.com",
    };

    [Fact]
    public void The_embedded_defaults_pass_in_development()
    {
        Assert.Empty(ConfigurationCheck.Run(Build([]), isDevelopment: true));
    }

    [Fact]
    public void A_complete_production_configuration_passes()
    {
        Assert.Empty(ConfigurationCheck.Run(Build(ValidProduction), isDevelopment: false));
    }

    [Theory]
    [InlineData("Database:Provider", "Postgres", "ConnectionStrings:Database")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("App:PublicUrl", "http://fitfolio.example.com", "App:PublicUrl")]
    [InlineData("App:PublicUrl", "fitfolio.example.com", "App:PublicUrl")]
    [InlineData("App:PublicUrl", "https://fitfolio.example.com/app", "App:PublicUrl")]
    [InlineData("Email:Smtp:Host", "", "Email:Smtp:Host")]
    [InlineData("Email:From", "", "Email:From")]
    [InlineData("Email:From", "FitFolio noreply", "Email:From")]
    [InlineData("Email:Smtp:Port", "99999", "Email:Smtp:Port")]
    [InlineData("Auth:SessionTtlDays", "0", "Auth:SessionTtlDays")]
    [InlineData("Auth:SessionIdleDays", "30", "Auth:SessionIdleDays")]
    [InlineData("Auth:MagicLinkTtlMinutes", "15", "Auth:MagicLinkTtlMinutes")]
    [InlineData("RateLimits:MagicLinkStartPerMinute", "many", "RateLimits:MagicLinkStartPerMinute")]
    [InlineData("ForwardedHeaders:KnownProxies", "10.0.0.1,traefik", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks")]
    [InlineData("WebAuthn:Origins", "https://fitfolio.example.com/login", "WebAuthn:Origins")]
    [InlineData("App:LogFormat", "xml", "App:LogFormat")]
    [InlineData("App:ApiReference", "sometimes", "App:ApiReference")]
    public void A_missing_or_contradictory_production_setting_is_named(string key, string value, string reportedKey)
    {
        var settings = new Dictionary<string, string?>(ValidProduction) { [key] = value };

        var problems = ConfigurationCheck.Run(Build(settings), isDevelopment: false);

        Assert.Equal(reportedKey, Assert.Single(problems).Key);
    }

    [Fact]
    public void Production_postgres_without_a_maximum_pool_size_is_named()
    {
        var settings = new Dictionary<string, string?>(ValidProduction)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Database"] = "Host=db;Database=fitfolio;Username=fitfolio;Password=secret",
        };

        var problem = Assert.Single(ConfigurationCheck.Run(Build(settings), isDevelopment: false));

        Assert.Equal("ConnectionStrings:Database", problem.Key);
        Assert.Contains("Maximum Pool Size", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maximum Pool Size=18")]
    [InlineData("MaxPoolSize=18")]
    public void Production_postgres_with_a_maximum_pool_size_passes(string poolSize)
    {
        var settings = new Dictionary<string, string?>(ValidProduction)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Database"] = $"Host=db;Database=fitfolio;Username=fitfolio;Password=secret;{poolSize};Timeout=5",
        };

        Assert.Empty(ConfigurationCheck.Run(Build(settings), isDevelopment: false));
    }

    [Fact]
    public void Development_postgres_may_leave_the_pool_size_to_npgsql()
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Database"] = "Host=localhost;Database=fitfolio" };

        Assert.Empty(ConfigurationCheck.Run(Build(settings), isDevelopment: true));
    }

    [Fact]
    public void An_unreadable_postgres_connection_string_is_named_without_quoting_it()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Database"] = "Host=db;Password=half;of-the-secret=rest;Maximum Pool Size=18",
        };

        var problem = Assert.Single(ConfigurationCheck.Run(Build(settings), isDevelopment: true));

        Assert.Equal("ConnectionStrings:Database", problem.Key);
        Assert.DoesNotContain("secret", problem.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Build(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
