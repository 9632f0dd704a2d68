using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace FitFolio.Api.Infrastructure.Email;

/// <summary>Where features put mail. Returns at once: delivery happens later on <see cref="EmailDispatcher"/>.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue; the name is the contract features code against.")]
public interface IEmailQueue
{
    ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A bounded in-process queue. When full it drops the newest mail with a warning rather than make a request wait
/// (a waiting sign-in request would reveal that mail is being sent). It also counts mail not yet handled so tests
/// can await <see cref="WhenDrainedAsync"/> instead of sleeping.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue.")]
public sealed partial class EmailQueue : IEmailQueue
{
    public const int Capacity = 1000;

    private readonly Channel<EmailMessage> _channel;
    private readonly ILogger<EmailQueue> _logger;
    private readonly Lock _gate = new();
    private int _pending;
    private TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EmailQueue(ILogger<EmailQueue> logger)
    {
        _logger = logger;
        _drained.SetResult();
        _channel = Channel.CreateBounded<EmailMessage>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            Dropped);
    }

    internal ChannelReader<EmailMessage> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (!_channel.Writer.TryWrite(message))
        {
            // Only after the host stopped the dispatcher; nothing will read it.
            MarkHandled();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Completes once every mail enqueued so far has been delivered or given up on.</summary>
    public Task WhenDrainedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _drained.Task.WaitAsync(cancellationToken);
        }
    }

    internal void MarkHandled()
    {
        lock (_gate)
        {
            if (--_pending == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private void Dropped(EmailMessage message)
    {
        LogDropped(message.RecipientDomain, Capacity);
        MarkHandled();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email queue full ({Capacity} waiting): dropped a mail to a recipient at {RecipientDomain}")]
    private partial void LogDropped(string recipientDomain, int capacity);
}
