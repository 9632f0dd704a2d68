using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// The loaded counting sets of one workout and exercise with the same reps (and RPE, when the formula reads it), summed up
/// in SQL. Every e1RM formula rises with the weight for fixed reps and RPE, so the group's heaviest set is its best e1RM:
/// session bests, progress series and weekly volume come out exact from a few rows per session instead of every set.
/// </summary>
public sealed record SetGroup(Guid ExerciseId, Guid WorkoutId, DateTimeOffset WorkoutStartedAt, int Reps, double? Rpe, double MaxWeightKg, double VolumeKg, int Sets);

public static class SetGroups
{
    /// <summary>The groups of the user's loaded counting sets (of one exercise, when given) whose workout started in the UTC window, in workout order.</summary>
    public static async Task<List<SetGroup>> LoadAsync(
        FitFolioDbContext db, Guid userId, AnalyticsSettings settings, Guid? exerciseId, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var sets = Loaded(db, userId, exerciseId, since, until);
        var groups = settings.E1rmFormula == E1rmFormulas.Rpe
            ? sets.GroupBy(s => new { s.ExerciseId, s.WorkoutId, s.StartedAt, s.Reps, s.Rpe })
                .Select(g => new SetGroup(g.Key.ExerciseId, g.Key.WorkoutId, g.Key.StartedAt, g.Key.Reps, g.Key.Rpe, g.Max(s => s.WeightKg), g.Sum(s => s.WeightKg * s.Reps), g.Count()))
            : sets.GroupBy(s => new { s.ExerciseId, s.WorkoutId, s.StartedAt, s.Reps })
                .Select(g => new SetGroup(g.Key.ExerciseId, g.Key.WorkoutId, g.Key.StartedAt, g.Key.Reps, null, g.Max(s => s.WeightKg), g.Sum(s => s.WeightKg * s.Reps), g.Count()));
        return InWorkoutOrder(await groups.ToListAsync(cancellationToken));
    }

    /// <summary>
    /// One group per workout and exercise (reps 0, so no e1RM: the session's heaviest weight, volume and sets), in workout
    /// order: what weekly volume, top sets and session volume need, in fewer rows than by rep count.
    /// </summary>
    public static async Task<List<SetGroup>> PerSessionAsync(
        FitFolioDbContext db, Guid userId, Guid? exerciseId, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (exerciseId is null && since is { } start)
        {
            return await PerSessionInWindowAsync(db, userId, start, until, cancellationToken);
        }

        return InWorkoutOrder(await Loaded(db, userId, exerciseId, since, until).GroupBy(s => new { s.ExerciseId, s.WorkoutId, s.StartedAt })
            .Select(g => new SetGroup(g.Key.ExerciseId, g.Key.WorkoutId, g.Key.StartedAt, 0, null, g.Max(s => s.WeightKg), g.Sum(s => s.WeightKg * s.Reps), g.Count()))
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
        return InWorkoutOrder([.. groups.Select(g => new SetGroup(g.ExerciseId, g.WorkoutId, starts[g.WorkoutId], 0, null, g.MaxWeightKg, g.VolumeKg, g.Sets))]);
    }

    private static List<SetGroup> InWorkoutOrder(List<SetGroup> groups) => [.. groups.OrderBy(g => g.WorkoutStartedAt).ThenBy(g => g.WorkoutId)];

    /// <summary>The best e1RM of a group by the lifter's formula: the formula applied to its heaviest set.</summary>
    public static double? E1rmKg(this SetGroup group, AnalyticsSettings settings) => settings.E1rmOf(group.MaxWeightKg, group.Reps, group.Rpe);

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

        var workouts = db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed);
        if (since is { } start)
        {
            workouts = workouts.Where(w => w.StartedAt >= start);
        }

        if (until is { } end)
        {
            workouts = workouts.Where(w => w.StartedAt < end);
        }

        return sets.Join(workouts, s => s.WorkoutId, w => w.Id, (s, w) => new LoadedSet { ExerciseId = s.ExerciseId, WorkoutId = s.WorkoutId, StartedAt = w.StartedAt, Reps = s.Reps, Rpe = s.Rpe, WeightKg = s.WeightKg });
    }

    private sealed class LoadedSet
    {
        public Guid ExerciseId { get; init; }
        public Guid WorkoutId { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public int Reps { get; init; }
        public double? Rpe { get; init; }
        public double WeightKg { get; init; }
    }
}
