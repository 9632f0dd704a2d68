using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Configuration;

/// <summary>Starts the real executable, since a process that refuses to start is what is under test.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_production_instance_without_https_public_url_exits_non_zero_naming_the_key()
    {
        var (exitCode, output) = await RunAppAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["App__PublicUrl"] = "http://fitfolio.example.com",
            ["Email__Smtp__Host"] = "smtp.example.com",
            ["Email__From"] = "noreply@example.com",
        });

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("Configuration error"));
        Assert.Contains("App:PublicUrl", line);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_exits_non_zero_naming_the_key()
    {
        var (exitCode, output) = await RunAppAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Database"] = "",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings:Database", output);
    }

    [Fact]
    public async Task An_unknown_sign_up_policy_exits_non_zero_naming_the_key_and_the_choices()
    {
        var (exitCode, output) = await RunAppAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Auth__SignUp"] = "friends-only",
        });

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("Configuration error"));
        Assert.Contains("Auth:SignUp", line);
        Assert.Contains("open, invite, allowlist or closed", line);
    }

    [Fact]
    public async Task A_docker_secret_file_overrides_configuration()
    {
        var secrets = Directory.CreateTempSubdirectory("fitfolio-secrets-");
        await File.WriteAllTextAsync(Path.Combine(secrets.FullName, "Database__Provider"), "Postgres");

        var (exitCode, output) = await RunAppAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["SecretsFolder"] = secrets.FullName,
            ["ConnectionStrings__Database"] = "",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings:Database", output);
    }

    private static Task<(int ExitCode, string Output)> RunAppAsync(Dictionary<string, string> environment)
    {
        environment.TryAdd("ASPNETCORE_URLS", "http://127.0.0.1:0");
        return AppProcess.RunToExitAsync(environment, Directory.CreateTempSubdirectory("fitfolio-startup-").FullName);
    }
}
