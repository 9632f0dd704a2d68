namespace FitFolio.Api.Infrastructure.Email;

/// <summary>A mail the development outbox kept, as shown at /api/v1/dev/mailbox.</summary>
public sealed record OutboxMessage(Guid Id, EmailMessage Message, DateTimeOffset SentAt);

/// <summary>
/// The sender when no SMTP host is configured (Development only; ConfigurationCheck refuses it elsewhere): keeps the
/// last <see cref="Capacity"/> mails in memory and logs each one with its link so a newcomer can click it.
/// </summary>
public sealed partial class DevelopmentOutbox(TimeProvider time, IHostEnvironment environment, ILogger<DevelopmentOutbox> logger) : IEmailSender
{
    public const int Capacity = 50;

    private readonly LinkedList<OutboxMessage> _messages = new();
    private readonly Lock _gate = new();

    /// <summary>Newest first.</summary>
    public IReadOnlyList<OutboxMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _messages.AddFirst(new OutboxMessage(Guid.NewGuid(), message, time.GetUtcNow()));
            if (_messages.Count > Capacity)
            {
                _messages.RemoveLast();
            }
        }

        if (environment.IsDevelopment())
        {
            LogKept(message.To, message.Subject, message.Link);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development outbox: mail to {To}: {Subject} — {Link}")]
    private partial void LogKept(string to, string subject, Uri? link);
}
