using System.Text;
using FitFolio.Api.Infrastructure.Observability;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace FitFolio.Api.Tests.Infrastructure.Observability;

public sealed class StdoutBatchSinkTests
{
    private static readonly MessageTemplateTextFormatter Lines = new("{Message:lj}{NewLine}", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_batch_is_written_in_one_write_with_its_lines_in_order()
    {
        var output = new CountingStream();
        using var sink = new StdoutBatchSink(Lines, output);

        await sink.EmitBatchAsync([Event("first"), Event("second"), Event("third")]);

        Assert.Equal(1, output.Writes);
        Assert.Equal($"first{Environment.NewLine}second{Environment.NewLine}third{Environment.NewLine}", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Characters_outside_the_basic_plane_reach_the_output_whole_as_utf8()
    {
        var output = new CountingStream();
        using var sink = new StdoutBatchSink(Lines, output);
        var message = string.Concat(Enumerable.Repeat("Kniebeuge 🏋️ ", 2000)); // long enough to span several builder chunks

        await sink.EmitBatchAsync([Event(message)]);

        Assert.Equal(message + Environment.NewLine, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_later_batch_does_not_repeat_an_earlier_one()
    {
        var output = new CountingStream();
        using var sink = new StdoutBatchSink(Lines, output);

        await sink.EmitBatchAsync([Event("one")]);
        await sink.EmitBatchAsync([Event("two")]);

        Assert.Equal(2, output.Writes);
        Assert.Equal($"one{Environment.NewLine}two{Environment.NewLine}", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes++;
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

    }
}
