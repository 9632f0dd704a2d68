using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FitFolio.Api.Tests.Support;

/// <summary>Everything the app logs, formatted exactly as the stdout JSON lines are.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly RenderedCompactJsonFormatter _formatter = new();
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        lock (_gate)
        {
            _text.Append(writer);
        }
    }

    /// <summary>
    /// The log once it contains <paramref name="expected"/>: the request log line is written after the response
    /// has reached the test's client, so a test that reads the log must wait for it.
    /// </summary>
    public async Task<string> WhenContainsAsync(string expected)
    {
        for (var attempt = 0; attempt < 100 && !Text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
        }

        return Text;
    }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }
}
