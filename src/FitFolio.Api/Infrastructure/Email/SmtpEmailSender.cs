using System.Net.Sockets;
using FitFolio.Api.Infrastructure.Configuration;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FitFolio.Api.Infrastructure.Email;

/// <summary>
/// Delivers over SMTP with MailKit: multipart/alternative (plain text + HTML), three attempts with backoff, and on
/// final failure one Error line naming the host and the recipient's domain — never the link, token or body.
/// </summary>
public sealed partial class SmtpEmailSender : IEmailSender
{
    /// <summary>The waits between attempts; one attempt more than there are delays.</summary>
    public static readonly IReadOnlyList<TimeSpan> RetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)];

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions _smtp;
    private readonly string _host;
    private readonly MailboxAddress _from;
    private readonly TimeProvider _time;
    private readonly ILogger<SmtpEmailSender> _logger;

    public SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider time, ILogger<SmtpEmailSender> logger)
    {
        // ConfigurationCheck has already refused a host without Email:From.
        _smtp = options.Value.Smtp;
        _host = _smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set");
        _from = MailboxAddress.Parse(options.Value.From ?? throw new InvalidOperationException("Email:From is not set"));
        _time = time;
        _logger = logger;
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(message.To, out var to))
        {
            LogGaveUp(_host, message.RecipientDomain, 0, "the recipient address does not parse");
            return;
        }

        using var mime = Compose(message, to);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DeliverAsync(mime, cancellationToken);
                return;
            }
            catch (Exception ex) when (IsDeliveryFailure(ex, cancellationToken))
            {
                if (attempt > RetryDelays.Count || IsPermanent(ex))
                {
                    LogGaveUp(_host, message.RecipientDomain, attempt, Describe(ex));
                    return;
                }

                var delay = RetryDelays[attempt - 1];
                LogRetrying(attempt, _host, message.RecipientDomain, delay.TotalSeconds, Describe(ex));
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private MimeMessage Compose(EmailMessage message, MailboxAddress to)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = _time.GetUtcNow() };
        mime.From.Add(_from);
        mime.To.Add(to);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private async Task DeliverAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)CommandTimeout.TotalMilliseconds };
        await client.ConnectAsync(_host, _smtp.Port, SocketOptions(_smtp), cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.User))
        {
            await client.AuthenticateAsync(_smtp.User, _smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>465 is implicit TLS; other ports (587, 25) must upgrade with STARTTLS: a stripped STARTTLS fails the send instead of mailing links in clear.</summary>
    public static SecureSocketOptions SocketOptions(SmtpOptions smtp) => !smtp.UseTls
        ? SecureSocketOptions.None
        : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;

    private static bool IsDeliveryFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is SocketException or IOException or TimeoutException or SmtpCommandException or SmtpProtocolException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>A 5xx reply or refused credentials will not change on retry.</summary>
    private static bool IsPermanent(Exception ex) =>
        ex is AuthenticationException || ex is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };

    // Server replies can echo the full recipient address, so for them only the status code is logged.
    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} ({smtp.ErrorCode})",
        SocketException socket => $"socket error {socket.SocketErrorCode}",
        OperationCanceledException => $"no answer within {CommandTimeout.TotalSeconds:0} s",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Email attempt {Attempt} via SMTP host {SmtpHost} to a recipient at {RecipientDomain} failed ({Reason}); retrying in {DelaySeconds} s")]
    private partial void LogRetrying(int attempt, string smtpHost, string recipientDomain, double delaySeconds, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Email not delivered: SMTP host {SmtpHost} refused or failed a mail to a recipient at {RecipientDomain} after {Attempts} attempt(s) ({Reason})")]
    private partial void LogGaveUp(string smtpHost, string recipientDomain, int attempts, string reason);
}
