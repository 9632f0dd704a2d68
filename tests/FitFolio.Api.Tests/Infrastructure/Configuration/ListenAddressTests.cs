using FitFolio.Api.Infrastructure.Health;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Configuration;

/// <summary>The real executable, started beside its appsettings.json as in the container image (WORKDIR /app).</summary>
public sealed class ListenAddressTests
{
    [Fact]
    public async Task ASPNETCORE_URLS_decides_where_the_app_listens_even_beside_its_settings_file()
    {
        var url = $"http://127.0.0.1:{ExternalProcess.FreeLoopbackPort()}";
        var data = Directory.CreateTempSubdirectory("fitfolio-listen-");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = url,
            ["ConnectionStrings__Database"] = $"Data Source={Path.Combine(data.FullName, "fitfolio.db")}",
        };
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), "the settings file must be beside the app for this test to mean anything");

        using var process = AppProcess.Start(environment, AppContext.BaseDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            var answered = false;
            for (var attempt = 0; attempt < 120 && !answered && !process.HasExited; attempt++)
            {
                answered = await HealthProbe.RunAsync($"{url}/healthz/live", TimeSpan.FromSeconds(1)) == 0;
                if (!answered)
                {
                    await Task.Delay(500);
                }
            }

            Assert.True(answered, $"the app did not answer on {url}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            data.Delete(recursive: true);
        }

        Assert.Contains($"Now listening on: {url}", await output, StringComparison.Ordinal);
    }
}
