using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FitFolio.Api.Tests.Support;

public sealed record LogEntry(LogLevel Level, string Message, Exception? Exception);

/// <summary>Keeps every rendered log line, for tests about what is (and is not) logged.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception));
}
