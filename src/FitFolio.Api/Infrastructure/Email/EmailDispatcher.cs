namespace FitFolio.Api.Infrastructure.Email;

/// <summary>Drains <see cref="EmailQueue"/> one mail at a time into the configured <see cref="IEmailSender"/>.</summary>
public sealed partial class EmailDispatcher(EmailQueue queue, IEmailSender sender, ILogger<EmailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await sender.SendAsync(message, stoppingToken);
                }
#pragma warning disable CA1031 // one bad mail must not stop the dispatcher for every later one
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    LogUnexpected(ex, message.RecipientDomain);
                }
                finally
                {
                    queue.MarkHandled();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: mail still queued is lost, and a sign-in link can be asked for again.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Email to a recipient at {RecipientDomain} failed unexpectedly")]
    private partial void LogUnexpected(Exception exception, string recipientDomain);
}
