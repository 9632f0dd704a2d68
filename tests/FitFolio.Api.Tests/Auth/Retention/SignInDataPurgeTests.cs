using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.MagicLinks;
using FitFolio.Api.Auth.Retention;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FitFolio.Api.Tests.Auth.Sessions.SessionTests;

namespace FitFolio.Api.Tests.Auth.Retention;

public sealed class SignInDataPurgeTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_purge_deletes_expired_links_ended_sessions_and_old_activity_and_keeps_the_live_ones(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var userId = await new TestBrowser(app).SignInDirectlyAsync();
        var now = app.Time!.GetUtcNow();
        await WithDbAsync(app, async db =>
        {
            db.MagicLinkTokens.AddRange(Link("expired", now.AddMinutes(-1)), Link("live", now.AddMinutes(5)));
            db.Sessions.AddRange(
                new Session { UserId = userId, TokenHash = Hash("ended"), CreatedAt = now.AddDays(-15), AuthenticatedAt = now.AddDays(-15), LastSeenAt = now.AddDays(-2), ExpiresAt = now.AddDays(-1) },
                new Session { UserId = userId, TokenHash = Hash("revoked"), CreatedAt = now, AuthenticatedAt = now, LastSeenAt = now, ExpiresAt = now.AddDays(14), RevokedAt = now });
            db.LoginEvents.AddRange(
                new LoginEvent { UserId = userId, EventType = LoginEventTypes.SignIn, CreatedAt = now.AddDays(-366) },
                new LoginEvent { UserId = userId, EventType = LoginEventTypes.SignIn, CreatedAt = now.AddDays(-364) });
            return await db.SaveChangesAsync();
        });

        var counts = await app.Services.GetRequiredService<SignInDataPurge>().PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(new PurgeCounts(1, 2, 1), counts);
        Assert.Equal(Hash("live"), await WithDbAsync(app, db => db.MagicLinkTokens.Select(t => t.TokenHash).SingleAsync()));
        Assert.Equal(1, await WithDbAsync(app, db => db.Sessions.CountAsync()));
        Assert.Equal(now.AddDays(-364), await WithDbAsync(app, db => db.LoginEvents.Select(e => e.CreatedAt).SingleAsync()));
    }

    [Fact]
    public async Task Activity_is_kept_for_the_configured_number_of_days()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true,
            settings: new Dictionary<string, string?> { ["Auth:EventRetentionDays"] = "30" });
        var now = app.Time!.GetUtcNow();
        await WithDbAsync(app, async db =>
        {
            db.LoginEvents.AddRange(
                new LoginEvent { EventType = LoginEventTypes.SignInFailed, CreatedAt = now.AddDays(-31) },
                new LoginEvent { EventType = LoginEventTypes.SignInFailed, CreatedAt = now.AddDays(-29) });
            return await db.SaveChangesAsync();
        });

        var counts = await app.Services.GetRequiredService<SignInDataPurge>().PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(1, counts.LoginEvents);
        Assert.Equal(1, await WithDbAsync(app, db => db.LoginEvents.CountAsync()));
    }

    private static byte[] Hash(string token) => SessionTokenService.Hash(token);

    private static MagicLinkToken Link(string token, DateTimeOffset expiresAt) => new()
    {
        TokenHash = Hash(token),
        Email = "kate@example.com",
        NormalizedEmail = "kate@example.com",
        CreatedAt = expiresAt.AddMinutes(-10),
        ExpiresAt = expiresAt,
    };
}
