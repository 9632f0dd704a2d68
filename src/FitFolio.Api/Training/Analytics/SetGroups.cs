using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// The loaded counting sets of one workout and exercise, summed up in SQL: the session's heaviest weight, volume and number
/// of sets, what weekly volume, top-set and volume series need, from one row per session instead of every set.
/// </summary>
public sealed record SetGroup(Guid ExerciseId, Guid WorkoutId, DateTimeOffset WorkoutStartedAt, double MaxWeightKg, double VolumeKg, int Sets);

public static class SetGroups
{
    /// <summary>One group per workout and exercise of the user's loaded counting sets (of one exercise, when given) whose workout started in the UTC window, in workout order.</summary>
    public static async Task<List<SetGroup>> PerSessionAsync(
        FitFolioDbContext db, Guid userId, Guid? exerciseId, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (exerciseId is null && since is { } start)
        {
            return await PerSessionInWindowAsync(db, userId, start, until, cancellationToken);
        }

        return InWorkoutOrder(await Loaded(db, userId, exerciseId, since, until).GroupBy(s => new { s.ExerciseId, s.WorkoutId, s.StartedAt })
            .Select(g => new SetGroup(g.Key.ExerciseId, g.Key.WorkoutId, g.Key.StartedAt, g.Max(s => s.WeightKg), g.Sum(s => s.WeightKg * s.Reps), g.Count()))
            .ToListAsync(cancellationToken));
    }

    /// <summary>Every exercise's per-session groups of the window: its workouts first, then only their sets, by workout id.</summary>
    private static async Task<List<SetGroup>> PerSessionInWindowAsync(
        FitFolioDbContext db, Guid userId, DateTimeOffset since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var starts = (await WorkoutWindow.ReadAsync(db, userId, since, until, cancellationToken)).Starts;
        var ids = starts.Keys.ToList();
        var groups = await Counting(db, userId).Where(s => ids.Contains(s.WorkoutId)).GroupBy(s => new { s.ExerciseId, s.WorkoutId })
            .Select(g => new { g.Key.ExerciseId, g.Key.WorkoutId, MaxWeightKg = g.Max(s => s.WeightKg), VolumeKg = g.Sum(s => s.WeightKg * s.Reps), Sets = g.Count() })
            .ToListAsync(cancellationToken);
        return InWorkoutOrder([.. groups.Select(g => new SetGroup(g.ExerciseId, g.WorkoutId, starts[g.WorkoutId], g.MaxWeightKg, g.VolumeKg, g.Sets))]);
    }

    private static List<SetGroup> InWorkoutOrder(List<SetGroup> groups) => [.. groups.OrderBy(g => g.WorkoutStartedAt).ThenBy(g => g.WorkoutId)];

    /// <summary>The user's loaded counting sets: at least one rep, some weight, not a warm-up.</summary>
    private static IQueryable<WorkoutSet> Counting(FitFolioDbContext db, Guid userId) =>
        db.WorkoutSets.Where(s => s.UserId == userId).Where(WorkoutVolume.LoadedCountingSet);

    /// <summary>
    /// The loaded counting sets with their workout's start; of one exercise only when it is visible to the user (checked in
    /// the same query, so an empty answer is the one case where the caller asks whether the exercise exists).
    /// </summary>
    private static IQueryable<LoadedSet> Loaded(FitFolioDbContext db, Guid userId, Guid? exerciseId, DateTimeOffset? since, DateTimeOffset? until)
    {
        var sets = Counting(db, userId);
        if (exerciseId is { } id)
        {
            sets = sets.Where(s => s.ExerciseId == id && db.Exercises.VisibleTo(userId).Any(e => e.Id == id));
        }

        var workouts = WorkoutWindow.Completed(db, userId, since, until);
        return sets.Join(workouts, s => s.WorkoutId, w => w.Id, (s, w) => new LoadedSet { ExerciseId = s.ExerciseId, WorkoutId = s.WorkoutId, StartedAt = w.StartedAt, Reps = s.Reps, WeightKg = s.WeightKg });
    }

    private sealed class LoadedSet
    {
        public Guid ExerciseId { get; init; }
        public Guid WorkoutId { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public int Reps { get; init; }
        public double WeightKg { get; init; }
    }
}
