using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// An exercise's records from the few sets that can hold one, not from every set. Every e1RM formula rises with the weight
/// for fixed reps and RPE, so the heaviest, best e1RM, best set volume and rep-max sets are all among the sets that are the
/// heaviest of their rep count and RPE (ties included); the most-reps set is among those with the most reps. SQL picks
/// those candidates and each session's volume; .NET applies the formula and keeps the earliest set of a tie.
/// </summary>
public static class ExerciseRecordsReader
{
    /// <summary>The exercise's records; null when it is neither built in nor the user's.</summary>
    public static async Task<ExerciseRecords?> ReadAsync(FitFolioDbContext db, Guid userId, Guid exerciseId, AnalyticsSettings settings, CancellationToken cancellationToken)
    {
        var done = Done(db, userId, exerciseId);
        var counting = done.Where(s => s.Reps >= 1);
        var loaded = counting.Where(s => s.WeightKg > 0);
        var heaviest = loaded.GroupBy(s => new { s.Reps, Rpe = s.Rpe ?? -1 }).Select(g => new { g.Key.Reps, g.Key.Rpe, WeightKg = g.Max(s => s.WeightKg) });
        // One read: the heaviest sets of each rep count and RPE, the sets with the most reps, and the timed and distance sets.
        var candidates = await loaded
            .Join(heaviest, s => new { s.Reps, Rpe = s.Rpe ?? -1, s.WeightKg }, h => new { h.Reps, h.Rpe, h.WeightKg }, (s, _) => s)
            .Concat(counting.Where(s => s.Reps == counting.Max(t => t.Reps)))
            .Concat(done.Where(s => s.DurationSeconds != null || s.DistanceM != null))
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            // No set can hold a record, so neither can a session: only whether the exercise exists is left to ask.
            return await ExerciseProgressEndpoints.IsVisibleAsync(db, userId, exerciseId, cancellationToken) ? None : null;
        }

        var sets = candidates.Where(s => s.Reps >= 1).DistinctBy(s => s.Id)
            .Select(s => new CountingSet(s.Id, s.WorkoutId, s.ExerciseId, s.Reps, s.WeightKg, s.Rpe, s.StartedAt, s.CompletedAt, s.CreatedAt))
            .OrderBy(s => s.WorkoutStartedAt).ThenBy(s => s.WorkoutId).ThenBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => (Set: s, E1rmKg: s.IsLoaded ? settings.E1rmOf(s.WeightKg, s.Reps, s.Rpe) : null))
            .ToList();
        var loadedSets = sets.Where(s => s.Set.IsLoaded).ToList();
        // Each completed session's volume is kept in session_bests: the best is one indexed row, not a pass over every set.
        var bestSession = await db.SessionBests.AsNoTracking().Where(b => b.UserId == userId && b.ExerciseId == exerciseId)
            .Join(db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed), b => b.WorkoutId, w => w.Id,
                (b, w) => new { b.WorkoutId, b.VolumeKg, w.StartedAt })
            .OrderByDescending(b => b.VolumeKg).ThenBy(b => b.StartedAt).ThenBy(b => b.WorkoutId)
            .FirstOrDefaultAsync(cancellationToken);
        var repMaxes = loadedSets.Where(s => s.Set.Reps <= PersonalRecords.MaxRepMaxReps).GroupBy(s => s.Set.Reps).OrderBy(g => g.Key)
            .Select(g => Best(g, s => s.Set.WeightKg)!.Value.Set)
            .Select(s => new RepMax(s.Reps, s.WeightKg, s.Id, s.WorkoutId, s.CompletedAt));
        var (longest, farthest) = EnduranceRecords.Of(candidates.Where(s => s.DurationSeconds != null || s.DistanceM != null).DistinctBy(s => s.Id)
            .Select(s => new EnduranceSet(s.Id, s.WorkoutId, s.DurationSeconds, s.DistanceM, s.CompletedAt, s.StartedAt)));
        return new ExerciseRecords(
            SetRecord(Best(loadedSets, s => s.Set.WeightKg), s => s.Set.WeightKg),
            SetRecord(Best(loadedSets, s => s.E1rmKg), s => E1rm.Round(s.E1rmKg!.Value)),
            SetRecord(Best(loadedSets, s => s.Set.VolumeKg), s => s.Set.VolumeKg),
            bestSession is { } session ? new RecordValue(session.VolumeKg, null, session.WorkoutId, session.StartedAt) : null,
            SetRecord(Best(sets, s => s.Set.Reps), s => s.Set.Reps),
            [.. repMaxes], longest, farthest);
    }

    private static readonly ExerciseRecords None = new(null, null, null, null, null, [], null, null);

    /// <summary>The first of the sets (in the order done) with the highest value; null when none has one.</summary>
    private static (CountingSet Set, double? E1rmKg)? Best(IEnumerable<(CountingSet Set, double? E1rmKg)> sets, Func<(CountingSet Set, double? E1rmKg), double?> value)
    {
        (CountingSet Set, double? E1rmKg)? best = null;
        double? bestValue = null;
        foreach (var set in sets)
        {
            if (value(set) is { } v && (bestValue is null || v > bestValue))
            {
                (best, bestValue) = (set, v);
            }
        }

        return best;
    }

    private static RecordValue? SetRecord((CountingSet Set, double? E1rmKg)? set, Func<(CountingSet Set, double? E1rmKg), double> value) =>
        set is { } s ? new RecordValue(value(s), s.Set.Id, s.Set.WorkoutId, s.Set.CompletedAt) : null;

    /// <summary>The exercise's sets of completed workouts, warm-ups out; none when the exercise is not visible to the user.</summary>
    private static IQueryable<Candidate> Done(FitFolioDbContext db, Guid userId, Guid exerciseId) =>
        db.WorkoutSets.Where(s => s.UserId == userId && s.ExerciseId == exerciseId && db.Exercises.VisibleTo(userId).Any(e => e.Id == exerciseId))
            .Where(WorkoutVolume.Counts)
            .Join(db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed), s => s.WorkoutId, w => w.Id,
                (s, w) => new Candidate
                {
                    Id = s.Id,
                    WorkoutId = s.WorkoutId,
                    ExerciseId = s.ExerciseId,
                    Reps = s.Reps,
                    WeightKg = s.WeightKg,
                    Rpe = s.Rpe,
                    StartedAt = w.StartedAt,
                    CompletedAt = s.CompletedAt,
                    CreatedAt = s.CreatedAt,
                    DurationSeconds = s.DurationSeconds,
                    DistanceM = s.DistanceM,
                });

    private sealed class Candidate
    {
        public Guid Id { get; init; }
        public Guid WorkoutId { get; init; }
        public Guid ExerciseId { get; init; }
        public int Reps { get; init; }
        public double WeightKg { get; init; }
        public double? Rpe { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset CompletedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public int? DurationSeconds { get; init; }
        public double? DistanceM { get; init; }
    }
}
