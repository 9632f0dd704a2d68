namespace FitFolio.Api.Infrastructure.Configuration;

public sealed class AppOptions
{
    public const string Section = "App";
    public string PublicUrl { get; set; } = "http://localhost:8080";
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Served over HTTPS: cookies are then Secure and carry the __Host- prefix.</summary>
    public bool UsesHttps => PublicUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class AuthOptions
{
    public const string Section = "Auth";
    public int MagicLinkTtlMinutes { get; set; } = 10;
    public int SessionTtlDays { get; set; } = 14;
    public int SessionIdleDays { get; set; } = 7;
    public int SessionRotateDays { get; set; } = 7;
    public int ReauthMinutes { get; set; } = 10;
    public int ChallengeTtlSeconds { get; set; } = 300;

    /// <summary>How long sign-in activity (login_events) is kept before the scheduled purge deletes it.</summary>
    public int EventRetentionDays { get; set; } = 365;
}

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public int MagicLinkStartPerMinute { get; set; } = 5;
    public int MagicLinkVerifyPerMinute { get; set; } = 10;
    public int WebAuthnStartPerMinute { get; set; } = 10;
    public int WebAuthnFinishPerMinute { get; set; } = 20;
    public int MagicLinkPerEmailPerHour { get; set; } = 5;
    public int MagicLinkPerEmailTotalPerHour { get; set; } = 20;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; } = true;
}

public sealed class EmailOptions
{
    public const string Section = "Email";
    public SmtpOptions Smtp { get; set; } = new();
    public string? From { get; set; }
}

public sealed class WebAuthnOptions
{
    public const string Section = "WebAuthn";
    public string? RpId { get; set; }
    public string RpName { get; set; } = "FitFolio";
    public string[] Origins { get; set; } = [];
}

public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>Prefix of every key this app writes, so instances of one deployment share and tests stay apart.</summary>
    public string KeyPrefix { get; set; } = "fitfolio:";
}
