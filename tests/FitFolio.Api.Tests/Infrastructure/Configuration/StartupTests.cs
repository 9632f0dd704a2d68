using System.Diagnostics;

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

    [Fact]
    public async Task ASPNETCORE_URLS_wins_over_the_settings_file()
    {
        var port = FitFolio.Api.Tests.Support.ExternalProcess.FreeLoopbackPort();
        var data = Directory.CreateTempSubdirectory("fitfolio-urls-");
        var appFolder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        Assert.True(File.Exists(Path.Combine(appFolder, "appsettings.json")), "the settings file under test must be where the app reads it");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = appFolder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ConnectionStrings__Database"] = $"Data Source={Path.Combine(data.FullName, "fitfolio.db")}";
        info.Environment["SecretsFolder"] = "/nonexistent";

        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var status = await PollAsync(client, new Uri($"http://127.0.0.1:{port}/healthz/live"), process);

            Assert.Equal(System.Net.HttpStatusCode.OK, status);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    private static async Task<System.Net.HttpStatusCode?> PollAsync(HttpClient client, Uri url, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                return (await client.GetAsync(url)).StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(250);
            }
        }

        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAppAsync(Dictionary<string, string> environment)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("fitfolio-startup-");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the app kept running instead of refusing its configuration:\n" + await stdout);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
