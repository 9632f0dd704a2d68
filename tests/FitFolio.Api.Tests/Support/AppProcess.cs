using System.Diagnostics;

namespace FitFolio.Api.Tests.Support;

/// <summary>The real FitFolio executable in a child process, for tests of how it starts and where it listens.</summary>
internal static class AppProcess
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }
}
