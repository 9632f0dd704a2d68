using System.Net;
using FitFolio.Api.Account;
using FitFolio.Api.Auth.SignUp;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Observability;
using FitFolio.Api.Infrastructure.Persistence;
using MimeKit;

namespace FitFolio.Api.Infrastructure.Configuration;

/// <summary>One problem with the configuration: the key to fix and what is wrong with it.</summary>
public sealed record ConfigurationProblem(string Key, string Message);

/// <summary>
/// Checks the settings (the README's configuration reference) before the host is built, so a misconfigured production
/// instance stops at once with a message naming the key instead of failing on its first request.
/// </summary>
public static class ConfigurationCheck
{
    public static IReadOnlyList<ConfigurationProblem> Run(IConfiguration config, bool isDevelopment)
    {
        var problems = new List<ConfigurationProblem>();
        void Problem(string key, string message) => problems.Add(new(key, message));

        var provider = config["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider) && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
        {
            Problem("Database:Provider", $"must be Sqlite or Postgres, not '{provider}'");
        }
        else if (string.Equals(provider, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase)
                 && string.IsNullOrWhiteSpace(config.GetConnectionString("Database")))
        {
            Problem("ConnectionStrings:Database", "is required when Database:Provider is Postgres");
        }
        else if (string.Equals(provider, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            CheckPostgresPool(config.GetConnectionString("Database")!, isDevelopment, Problem);
        }

        var publicUrl = config["App:PublicUrl"] ?? "http://localhost:8080";
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var publicUri)
            || (publicUri.Scheme != Uri.UriSchemeHttp && publicUri.Scheme != Uri.UriSchemeHttps)
            || publicUri.AbsolutePath != "/" || !string.IsNullOrEmpty(publicUri.Query))
        {
            Problem("App:PublicUrl", $"must be an absolute http(s) origin such as https://fitfolio.example.com, not '{publicUrl}'");
        }
        else if (!isDevelopment && publicUri.Scheme != Uri.UriSchemeHttps)
        {
            Problem("App:PublicUrl", "must use https outside Development (session cookies are Secure and passkeys need a secure origin)");
        }

        if (!isDevelopment && string.IsNullOrWhiteSpace(config["Email:Smtp:Host"]))
        {
            Problem("Email:Smtp:Host", "is required outside Development: without it sign-in links cannot reach anyone");
        }

        if (!string.IsNullOrWhiteSpace(config["Email:Smtp:Host"]) && string.IsNullOrWhiteSpace(config["Email:From"]))
        {
            Problem("Email:From", "is required when Email:Smtp:Host is set");
        }
        else if (!string.IsNullOrWhiteSpace(config["Email:From"])
                 && (!MailboxAddress.TryParse(config["Email:From"], out var from) || !from.Address.Contains('@', StringComparison.Ordinal)))
        {
            Problem("Email:From", "must be an address such as noreply@example.com or \"FitFolio <noreply@example.com>\"");
        }

        if (!string.IsNullOrWhiteSpace(config["Email:Smtp:Port"])
            && (!int.TryParse(config["Email:Smtp:Port"], out var port) || port is < 1 or > 65535))
        {
            Problem("Email:Smtp:Port", "must be a port number between 1 and 65535");
        }

        var logFormat = config[ObservabilityExtensions.LogFormatKey];
        if (!string.IsNullOrWhiteSpace(logFormat) && !Enum.TryParse<ConsoleLogFormat>(logFormat, ignoreCase: true, out _))
        {
            Problem(ObservabilityExtensions.LogFormatKey, $"must be json or text, not '{logFormat}'");
        }

        if (config[HttpPipelineExtensions.ApiReferenceKey] is { } apiReference && !bool.TryParse(apiReference, out _))
        {
            Problem(HttpPipelineExtensions.ApiReferenceKey, $"must be true or false, not '{apiReference}'");
        }

        CheckSignUp(config, isDevelopment, Problem);
        CheckPositive(config, "Auth:MagicLinkTtlMinutes", Problem);
        CheckPositive(config, "Auth:SessionTtlDays", Problem);
        CheckPositive(config, "Auth:SessionIdleDays", Problem);
        CheckPositive(config, "Auth:SessionRotateDays", Problem);
        CheckPositive(config, "Auth:ReauthMinutes", Problem);
        CheckPositive(config, "Auth:ChallengeTtlSeconds", Problem);
        CheckPositive(config, "Auth:EventRetentionDays", Problem);
        CheckPositive(config, "RateLimits:MagicLinkStartPerMinute", Problem);
        CheckPositive(config, "RateLimits:MagicLinkVerifyPerMinute", Problem);
        CheckPositive(config, "RateLimits:WebAuthnStartPerMinute", Problem);
        CheckPositive(config, "RateLimits:WebAuthnFinishPerMinute", Problem);
        CheckPositive(config, "RateLimits:MagicLinkPerEmailPerHour", Problem);
        CheckPositive(config, "RateLimits:MagicLinkPerEmailTotalPerHour", Problem);

        var defaults = new AuthOptions();
        var sessionTtlDays = IntOr(config, "Auth:SessionTtlDays", defaults.SessionTtlDays);
        if (sessionTtlDays > 0 && IntOr(config, "Auth:SessionIdleDays", defaults.SessionIdleDays) > sessionTtlDays)
        {
            Problem("Auth:SessionIdleDays", "cannot exceed Auth:SessionTtlDays");
        }

        if (IntOr(config, "Auth:MagicLinkTtlMinutes", defaults.MagicLinkTtlMinutes) > 10)
        {
            Problem("Auth:MagicLinkTtlMinutes", "cannot exceed 10 (OWASP ASVS 5.0 §6.5.5 caps out-of-band tokens at 10 minutes)");
        }

        foreach (var origin in SplitList(config, "WebAuthn:Origins"))
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/")
            {
                Problem("WebAuthn:Origins", $"'{origin}' is not an origin such as https://fitfolio.example.com");
            }
        }

        foreach (var (key, value, _) in TrustedProxies.Read(config).Where(p => p.Network is null))
        {
            Problem(key, $"'{value}' is not an IP address or a CIDR network such as 10.0.0.0/8");
        }

        return problems;
    }

    /// <summary>Reads a list given either as an array section (Key:0, Key:1) or as one comma-separated value.</summary>
    public static string[] SplitList(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var items = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            items.AddRange(section.Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
        }

        return [.. items.Select(i => i.Trim()).Where(i => i.Length > 0)];
    }

    /// <summary>
    /// Outside Development the pool must be sized on purpose: Npgsql's default of 100 per instance, times the replicas, runs
    /// PostgreSQL out of connections (too_many_connections) before the app's own limits are reached.
    /// </summary>
    private static void CheckPostgresPool(string connectionString, bool isDevelopment, Action<string, string> problem)
    {
        bool setsPoolSize;
        try
        {
            setsPoolSize = PostgresPool.SetsMaxPoolSize(connectionString);
        }
        catch (ArgumentException)
        {
            // Never the parser's message: with an unquoted ';' in the password it would quote part of the password.
            problem("ConnectionStrings:Database", "is not a valid PostgreSQL connection string (check its keywords, and quote a password that holds ';')");
            return;
        }

        if (!isDevelopment && !setsPoolSize)
        {
            problem("ConnectionStrings:Database", $"must set '{PostgresPool.MaxPoolSizeKeyword}' outside Development: instances × pool size must stay below PostgreSQL's max_connections (docs/SCALING.md)");
        }
    }

    private static void CheckSignUp(IConfiguration config, bool isDevelopment, Action<string, string> problem)
    {
        var mode = SignUpPolicy.ReadMode(config[SignUpPolicy.ModeKey], isDevelopment);
        if (mode is null)
        {
            problem(SignUpPolicy.ModeKey, $"must be open, invite, allowlist or closed, not '{config[SignUpPolicy.ModeKey]}'");
            return;
        }

        var emails = SplitList(config, SignUpPolicy.AllowedEmailsKey);
        var domains = SplitList(config, SignUpPolicy.AllowedDomainsKey);
        foreach (var email in emails.Where(e => EmailAddress.Problem(e) is not null))
        {
            problem(SignUpPolicy.AllowedEmailsKey, $"'{email}' is not an email address");
        }

        foreach (var domain in domains.Where(d => EmailAddress.Problem("x@" + d.TrimStart('@')) is not null))
        {
            problem(SignUpPolicy.AllowedDomainsKey, $"'{domain}' is not a domain such as example.com");
        }

        if (mode == SignUpMode.Allowlist && emails.Length == 0 && domains.Length == 0)
        {
            problem(SignUpPolicy.ModeKey, $"is allowlist but neither {SignUpPolicy.AllowedEmailsKey} nor {SignUpPolicy.AllowedDomainsKey} lists anyone");
        }
    }

    private static int IntOr(IConfiguration config, string key, int fallback) =>
        int.TryParse(config[key], out var value) ? value : fallback;

    private static void CheckPositive(IConfiguration config, string key, Action<string, string> problem)
    {
        var value = config[key];
        if (value is not null && (!int.TryParse(value, out var n) || n <= 0))
        {
            problem(key, $"must be a positive whole number, not '{value}'");
        }
    }
}
