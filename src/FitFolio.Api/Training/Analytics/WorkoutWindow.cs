using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// The completed workouts of a UTC window, read before their sets: the sets then come by `workout_id` from its index. Joined
/// to the workouts in one query instead, PostgreSQL estimates too many of the user's sets and scans all of them (five
/// years) to keep a few weeks'.
/// </summary>
/// <param name="Starts">Each completed workout started in [since, until), by id, with its start.</param>
public sealed record WorkoutWindow(DateTimeOffset Since, Dictionary<Guid, DateTimeOffset> Starts)
{
    public static async Task<WorkoutWindow> ReadAsync(
        FitFolioDbContext db, Guid userId, DateTimeOffset since, DateTimeOffset? until, CancellationToken cancellationToken) =>
        new(since, await Completed(db, userId, since, until).Select(w => new { w.Id, w.StartedAt }).ToDictionaryAsync(w => w.Id, w => w.StartedAt, cancellationToken));

    /// <summary>The user's completed workouts started in [since, until), an end left open when null: what every analytics read joins its rows to.</summary>
    public static IQueryable<Workout> Completed(FitFolioDbContext db, Guid userId, DateTimeOffset? since, DateTimeOffset? until)
    {
        var workouts = db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed);
        if (since is { } start)
        {
            workouts = workouts.Where(w => w.StartedAt >= start);
        }

        return until is { } end ? workouts.Where(w => w.StartedAt < end) : workouts;
    }
}
