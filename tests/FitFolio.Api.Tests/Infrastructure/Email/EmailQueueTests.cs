using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Infrastructure.Email;

public sealed class EmailQueueTests
{
    [Fact]
    public async Task Enqueue_completes_at_once_while_the_smtp_server_is_down()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = $"{ExternalProcess.FreeLoopbackPort()}",
            ["Email:Smtp:UseTls"] = "false",
            ["Email:From"] = "noreply@fitfolio.test",
        });
        var queue = app.Services.GetRequiredService<IEmailQueue>();

        var enqueues = Enumerable.Range(0, 20)
            .Select(i => queue.EnqueueAsync(new EmailMessage($"lifter{i}@example.com", "Sign in", "text", "<p>html</p>"), CancellationToken.None))
            .ToList();

        Assert.All(enqueues, e => Assert.True(e.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Drained_completes_once_every_queued_mail_was_handled()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var queue = app.Services.GetRequiredService<EmailQueue>();

        for (var i = 0; i < 5; i++)
        {
            await queue.EnqueueAsync(new EmailMessage($"lifter{i}@example.com", $"Mail {i}", "text", "<p>html</p>"), CancellationToken.None);
        }

        await queue.WhenDrainedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(5, app.Services.GetRequiredService<DevelopmentOutbox>().Messages.Count);
    }
}
