using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Auth.Retention;

/// <summary>What one purge removed, for the log line.</summary>
public sealed record PurgeCounts(int MagicLinks, int Sessions, int LoginEvents);

/// <summary>
/// Deletes sign-in data nobody can use any more: expired or spent magic links, ended sessions, and sign-in activity
/// older than Auth:EventRetentionDays. Challenges need no purge: Redis expires them, the in-process store sweeps them.
/// </summary>
public sealed partial class SignInDataPurge(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<AuthOptions> options, ILogger<SignInDataPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>One pass; the schedule calls it every <see cref="Interval"/>, tests call it directly.</summary>
    public async Task<PurgeCounts> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var now = time.GetUtcNow();
        var idleCutoff = now.AddDays(-options.Value.SessionIdleDays);
        var eventCutoff = now.AddDays(-options.Value.EventRetentionDays);
        var links = await db.MagicLinkTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.Sessions.Where(s => s.ExpiresAt <= now || s.RevokedAt != null || s.LastSeenAt <= idleCutoff).ExecuteDeleteAsync(cancellationToken);
        var events = await db.LoginEvents.Where(e => e.CreatedAt < eventCutoff).ExecuteDeleteAsync(cancellationToken);
        return new PurgeCounts(links, sessions, events);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var counts = await PurgeOnceAsync(stoppingToken);
                LogPurged(logger, counts.MagicLinks, counts.Sessions, counts.LoginEvents);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed pass (database briefly down) is retried at the next tick rather than stopping the schedule.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {MagicLinks} magic links, {Sessions} sessions and {LoginEvents} login events")]
    private static partial void LogPurged(ILogger logger, int magicLinks, int sessions, int loginEvents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired sign-in data failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
