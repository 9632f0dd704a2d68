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
