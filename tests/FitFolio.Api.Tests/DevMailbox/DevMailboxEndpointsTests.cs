using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Email;
using FitFolio.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.DevMailbox;

public sealed class DevMailboxEndpointsTests
{
    [Fact]
    public async Task A_queued_mail_appears_in_the_dev_mailbox_in_development()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var link = new Uri("http://localhost:8080/auth/verify?token=abc");
        await app.Services.GetRequiredService<IEmailQueue>().EnqueueAsync(
            new EmailMessage("lifter@example.com", "Your FitFolio sign-in link", $"Sign in: {link}", "<p>html</p>", link),
            TestContext.Current.CancellationToken);
        await app.Services.GetRequiredService<EmailQueue>().WhenDrainedAsync(TestContext.Current.CancellationToken);

        var response = await app.CreateClient().GetAsync(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("items").EnumerateArray());
        Assert.Equal("lifter@example.com", item.GetProperty("to").GetString());
        Assert.Equal("Your FitFolio sign-in link", item.GetProperty("subject").GetString());
        Assert.Equal($"Sign in: {link}", item.GetProperty("textBody").GetString());
        Assert.Equal(link.ToString(), item.GetProperty("link").GetString());
        Assert.True(Guid.TryParse(item.GetProperty("id").GetString(), out _));
        Assert.True(item.GetProperty("sentAt").TryGetDateTimeOffset(out _));
    }

    [Theory]
    [InlineData("203.0.113.7", HttpStatusCode.NotFound)]
    [InlineData("192.168.1.20", HttpStatusCode.NotFound)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    public async Task The_dev_mailbox_answers_loopback_clients_only(string peer, HttpStatusCode expected)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(FitFolioApp.PeerIpHeader, peer);

        var response = await client.GetAsync(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_dev_mailbox_lists_newest_first()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var queue = app.Services.GetRequiredService<IEmailQueue>();
        await queue.EnqueueAsync(new EmailMessage("lifter@example.com", "First", "text", "<p>html</p>"), CancellationToken.None);
        await queue.EnqueueAsync(new EmailMessage("lifter@example.com", "Second", "text", "<p>html</p>"), CancellationToken.None);
        await app.Services.GetRequiredService<EmailQueue>().WhenDrainedAsync(TestContext.Current.CancellationToken);

        var body = await app.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(["Second", "First"], body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task The_dev_mailbox_is_a_not_found_problem_in_production()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = "https://fitfolio.example.com",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = $"{ExternalProcess.FreeLoopbackPort()}",
            ["Email:From"] = "noreply@fitfolio.test",
        });

        var response = await app.CreateClient().GetAsync(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("203.0.113.7", false)]
    public async Task The_instance_says_whether_the_dev_mailbox_answers_this_client(string peer, bool expected)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(FitFolioApp.PeerIpHeader, peer);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/instance", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, body.GetProperty("devMailbox").GetBoolean());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task With_smtp_configured_the_instance_says_there_is_no_dev_mailbox(string environment)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, environment: environment, settings: new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = environment == "Production" ? "https://fitfolio.example.com" : "http://localhost:8080",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = $"{ExternalProcess.FreeLoopbackPort()}",
            ["Email:From"] = "noreply@fitfolio.test",
        });
        var client = app.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/instance", UriKind.Relative), TestContext.Current.CancellationToken);
        var mailbox = await client.GetAsync(new Uri("/api/v1/dev/mailbox", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(body.GetProperty("devMailbox").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, mailbox.StatusCode);
    }
}
