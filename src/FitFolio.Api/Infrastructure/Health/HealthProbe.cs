namespace FitFolio.Api.Infrastructure.Health;

/// <summary>
/// `dotnet FitFolio.Api.dll --health-probe [url]`: the container's HEALTHCHECK. The chiseled runtime image has no
/// shell or curl, so the app probes itself: one GET, exit code 0 for a 2xx answer, 1 for anything else.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";
    public const string DefaultUrl = "http://127.0.0.1:8080/healthz/live";

    public static async Task<int> RunAsync(string? url, TimeSpan? timeout = null)
    {
        using var client = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url ?? DefaultUrl));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"health probe failed: {e.Message}");
            return 1;
        }
    }
}
