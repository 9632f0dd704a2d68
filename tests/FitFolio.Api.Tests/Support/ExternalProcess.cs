using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FitFolio.Api.Tests.Support;

internal static class ExternalProcess
{
    public static bool RunningAsRoot => Environment.UserName == "root";

    /// <summary>Runs a program to completion and returns its output; throws with the output when it fails.</summary>
    public static async Task<string> RunAsync(
        string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token);
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{output}");
        }

        return output;
    }

    /// <summary>Runs a server binary as the `postgres` user when we are root (PostgreSQL refuses to run as root).</summary>
    public static Task<string> RunAsPostgresAsync(string fileName, IEnumerable<string> arguments) =>
        RunningAsRoot ? RunAsync("runuser", ["-u", "postgres", "--", fileName, .. arguments]) : RunAsync(fileName, arguments);

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
