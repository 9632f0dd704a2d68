using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace FitFolio.Api.Infrastructure.Observability;

/// <summary>
/// Writes log events to standard output a batch at a time (Serilog's batching queue feeds it), as one write of UTF-8
/// bytes per batch. The console sink flushed after every line: one system call and one wake-up per request, a tenth of
/// the CPU of a signed-in read at 64 connections (docs/adr/0023).
/// </summary>
public sealed class StdoutBatchSink(ITextFormatter formatter, Stream output) : IBatchedLogEventSink, IDisposable
{
    private readonly StringWriter _text = new(System.Globalization.CultureInfo.InvariantCulture);

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        var builder = _text.GetStringBuilder().Clear();
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, _text);
        }

        // One string per batch (not per chunk of the builder), so a character split across chunks is encoded whole.
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        await output.WriteAsync(bytes);
        await output.FlushAsync();
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _text.Dispose();
        output.Dispose();
    }
}
