using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Tests.Support;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Tests.Infrastructure.Email;

public sealed class SmtpEmailSenderTests
{
    private static readonly Uri Link = new("http://localhost:8080/auth/verify?token=secret-token-abc123");

    [Fact]
    public async Task A_queued_message_arrives_at_the_smtp_server_as_plain_text_and_html()
    {
        var smtp = await SmtpServer.GetAsync();
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: smtp.AppSettings());
        var to = SmtpServer.UniqueAddress();

        await app.Services.GetRequiredService<IEmailQueue>().EnqueueAsync(
            new EmailMessage(to, "Your FitFolio sign-in link", $"Sign in: {Link}", $"<p><a href=\"{Link}\">Sign in</a></p>", Link),
            TestContext.Current.CancellationToken);
        await app.Services.GetRequiredService<EmailQueue>().WhenDrainedAsync(TestContext.Current.CancellationToken);

        var mail = await smtp.SingleMailToAsync(to);
        Assert.Equal([to], mail.To);
        Assert.Contains("<noreply@fitfolio.test>", mail.From);
        Assert.Equal("Your FitFolio sign-in link", mail.Subject);
        Assert.Contains($"Sign in: {Link}", mail.TextBody);
        Assert.Contains("<a href=", mail.HtmlBody);
    }

    [Fact]
    public async Task A_failed_delivery_is_tried_three_times_waiting_1_then_4_seconds()
    {
        var (sender, time, _) = SenderForClosedPort();

        await sender.SendAsync(SignInMail(), TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)], time.Requested);
    }

    [Fact]
    public async Task A_failed_delivery_is_logged_once_naming_host_and_domain_but_never_the_link()
    {
        var (sender, _, log) = SenderForClosedPort();

        await sender.SendAsync(SignInMail(), TestContext.Current.CancellationToken);

        var error = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains("127.0.0.1", error.Message);
        Assert.Contains("example.com", error.Message);
        Assert.Contains("3 attempt", error.Message);
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains("secret-token") || e.Message.Contains("lifter@"));
    }

    [Theory]
    [InlineData(true, 465, SecureSocketOptions.SslOnConnect)]
    [InlineData(true, 587, SecureSocketOptions.StartTls)]
    [InlineData(true, 25, SecureSocketOptions.StartTls)]
    [InlineData(false, 465, SecureSocketOptions.None)]
    [InlineData(false, 587, SecureSocketOptions.None)]
    public void UseTls_picks_implicit_tls_on_465_and_requires_starttls_elsewhere(bool useTls, int port, SecureSocketOptions expected)
    {
        Assert.Equal(expected, SmtpEmailSender.SocketOptions(new SmtpOptions { UseTls = useTls, Port = port }));
    }

    private static EmailMessage SignInMail() =>
        new("lifter@example.com", "Your FitFolio sign-in link", $"Sign in: {Link}", $"<a href=\"{Link}\">Sign in</a>", Link);

    private static (SmtpEmailSender Sender, InstantDelays Time, RecordingLogger<SmtpEmailSender> Log) SenderForClosedPort()
    {
        var options = Options.Create(new EmailOptions
        {
            From = "noreply@fitfolio.test",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = ExternalProcess.FreeLoopbackPort(), UseTls = false },
        });
        var time = new InstantDelays();
        var log = new RecordingLogger<SmtpEmailSender>();
        return (new SmtpEmailSender(options, time, log), time, log);
    }
}
