using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// A counting set: done in a completed workout, not a warm-up, at least one rep. Only loaded ones (weight above 0) count for
/// weight, e1RM, volume and PRs; bodyweight-only ones count for rep records alone.
/// </summary>
public sealed record CountingSet(
    Guid Id, Guid WorkoutId, Guid ExerciseId, int Reps, double WeightKg, double? Rpe, DateTimeOffset WorkoutStartedAt, DateTimeOffset CompletedAt,
    DateTimeOffset CreatedAt)
{
    public bool IsLoaded => WeightKg > 0;

    public double VolumeKg => WeightKg * Reps;
}

/// <summary>A counting set with what analytics derive from it in the lifter's settings.</summary>
public sealed record RatedSet(CountingSet Set, DateOnly Date, double? E1rmKg);

public static class CountingSets
{
    /// <summary>
    /// The user's counting sets (of one exercise, when given) whose workout started in the UTC window, in the order they
    /// were done: workout start, then set time. Filtered in SQL on the (user_id, exercise_id) and workout indexes.
    /// </summary>
    public static async Task<List<CountingSet>> LoadAsync(
        FitFolioDbContext db, Guid userId, IReadOnlyCollection<Guid>? exerciseIds, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var sets = db.WorkoutSets.AsNoTracking().Where(s => s.UserId == userId).Where(WorkoutVolume.CountingSet);
        if (exerciseIds is not null)
        {
            sets = exerciseIds.Count == 1 ? sets.Where(s => s.ExerciseId == exerciseIds.First()) : sets.Where(s => exerciseIds.Contains(s.ExerciseId));
        }

        var workouts = WorkoutWindow.Completed(db, userId, since, until);
        var rows = await sets.Join(workouts, s => s.WorkoutId, w => w.Id,
                (s, w) => new CountingSet(s.Id, s.WorkoutId, s.ExerciseId, s.Reps, s.WeightKg, s.Rpe, w.StartedAt, s.CompletedAt, s.CreatedAt))
            .ToListAsync(cancellationToken);
        return InOrderDone(rows);
    }

    /// <summary>Every exercise's counting sets of the window's workouts (by workout id, see <see cref="WorkoutWindow"/>), in the order done.</summary>
    public static async Task<List<CountingSet>> InWindowAsync(FitFolioDbContext db, Guid userId, WorkoutWindow window, CancellationToken cancellationToken)
    {
        var ids = window.Starts.Keys.ToList();
        var rows = await db.WorkoutSets.AsNoTracking().Where(s => s.UserId == userId && ids.Contains(s.WorkoutId)).Where(WorkoutVolume.CountingSet)
            .Select(s => new { s.Id, s.WorkoutId, s.ExerciseId, s.Reps, s.WeightKg, s.Rpe, s.CompletedAt, s.CreatedAt })
            .ToListAsync(cancellationToken);
        return InOrderDone([.. rows.Select(s => new CountingSet(s.Id, s.WorkoutId, s.ExerciseId, s.Reps, s.WeightKg, s.Rpe, window.Starts[s.WorkoutId], s.CompletedAt, s.CreatedAt))]);
    }

    private static List<CountingSet> InOrderDone(List<CountingSet> sets) =>
        [.. sets.OrderBy(s => s.WorkoutStartedAt).ThenBy(s => s.WorkoutId).ThenBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)];

    public static List<RatedSet> Rate(this IEnumerable<CountingSet> sets, AnalyticsSettings settings) =>
        [.. sets.Select(s => new RatedSet(s, settings.LocalDate(s.WorkoutStartedAt), s.IsLoaded ? settings.E1rmOf(s.WeightKg, s.Reps, s.Rpe) : null))];
}
