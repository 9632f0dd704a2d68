namespace FitFolio.Api.Infrastructure.Email;

/// <summary>
/// Hands one message to its transport. Only <see cref="EmailDispatcher"/> calls it; features enqueue through
/// <see cref="IEmailQueue"/>. A sender deals with its own failures (retry, one log line) and returns.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
