using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FitFolio.Api.Tests.Infrastructure.Email;

public sealed class DevelopmentOutboxTests
{
    [Fact]
    public async Task It_keeps_the_last_50_mails_newest_first()
    {
        var outbox = Outbox(Environments.Development, new RecordingLogger<DevelopmentOutbox>());

        for (var i = 1; i <= 60; i++)
        {
            await outbox.SendAsync(new EmailMessage("lifter@example.com", $"Mail {i}", "text", "<p>html</p>"), CancellationToken.None);
        }

        Assert.Equal(50, outbox.Messages.Count);
        Assert.Equal("Mail 60", outbox.Messages[0].Message.Subject);
        Assert.Equal("Mail 11", outbox.Messages[^1].Message.Subject);
    }

    [Fact]
    public async Task In_development_each_mail_is_logged_with_its_link()
    {
        var log = new RecordingLogger<DevelopmentOutbox>();
        var outbox = Outbox(Environments.Development, log);
        var link = new Uri("http://localhost:8080/auth/verify?token=abc");

        await outbox.SendAsync(new EmailMessage("lifter@example.com", "Sign in", "text", "<p>html</p>", link), CancellationToken.None);

        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal($"Development outbox: mail to lifter@example.com: Sign in — {link}", entry.Message);
    }

    private static DevelopmentOutbox Outbox(string environment, RecordingLogger<DevelopmentOutbox> log) =>
        new(new FakeTimeProvider(), new StubEnvironment(environment), log);

    private sealed class StubEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "FitFolio.Api";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
