using System.Collections.Concurrent;

namespace FitFolio.Api.Tests.Support;

/// <summary>Real time, except that every timer (so every <c>Task.Delay(…, time)</c>) fires at once; the delays asked for are kept.</summary>
public sealed class InstantDelays : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public IReadOnlyList<TimeSpan> Requested => [.. _requested];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _requested.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
