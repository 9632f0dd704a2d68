using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Workouts;

/// <summary>Reads of workouts shared by the workout and exercise endpoints.</summary>
public static class WorkoutQueries
{
    /// <summary>
    /// Locks the workout's row for the rest of the caller's transaction (a no-op update: SQLite has no SELECT … FOR UPDATE),
    /// so two writers of one workout's derived rows run one after the other.
    /// </summary>
    public static Task LockAsync(FitFolioDbContext db, Guid workoutId, CancellationToken cancellationToken) =>
        db.Workouts.Where(w => w.Id == workoutId).ExecuteUpdateAsync(u => u.SetProperty(w => w.Notes, w => w.Notes), cancellationToken);

    /// <summary>
    /// Every set of the exercise, in the order done, in the user's latest completed workout that has it and started before
    /// <paramref name="before"/> (any time when null); null when there is none.
    /// </summary>
    public static async Task<LastPerformance?> LastPerformanceAsync(
        FitFolioDbContext db, Guid userId, Guid exerciseId, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var candidates = db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed && w.Sets.Any(s => s.ExerciseId == exerciseId));
        if (before is { } startedBefore)
        {
            candidates = candidates.Where(w => w.StartedAt < startedBefore);
        }

        var workout = await candidates
            .OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id)
            .Select(w => new { w.Id, w.StartedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (workout is null)
        {
            return null;
        }

        var sets = await db.WorkoutSets
            .Where(s => s.WorkoutId == workout.Id && s.ExerciseId == exerciseId)
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new PerformedSet(s.Reps, s.WeightKg, s.Rpe, s.SetType, s.DurationSeconds, s.DistanceM))
            .ToListAsync(cancellationToken);
        return new LastPerformance(workout.StartedAt, workout.Id, sets);
    }

    /// <summary>The workout as the API shows it: its exercise list, plan, sets (in the order done) and volume; null when not the user's.</summary>
    public static async Task<WorkoutResponse?> LoadAsync(FitFolioDbContext db, Guid userId, Guid id, CancellationToken cancellationToken)
    {
        var queries = Compiled.For(db);
        var head = await queries.Head(db, userId, id, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var sets = new List<SetRow>();
        await foreach (var set in queries.Sets(db, id))
        {
            sets.Add(set);
        }

        var workout = head.Workout;
        return new WorkoutResponse(workout.Id, workout.Status, workout.StartedAt, workout.CompletedAt, workout.Notes, workout.TemplateId, workout.TemplateName,
            head.Exercises,
            [.. head.Plan.Select(p => new PlanItemResponse(p.Item.ExerciseId, p.ExerciseName, p.Item.Sets, p.Item.RepsMin, p.Item.RepsMax, p.Item.RestSeconds,
                p.Item.TargetRpe, p.Item.TargetWeightKg, p.Item.Notes,
                p.Item.LastPerformedAt is { } at ? new LastSet(at, p.Item.LastWeightKg ?? 0, p.Item.LastReps ?? 0) : null,
                p.Item.TargetReps, p.Item.SetWeightsKg, p.Item.SetReps, p.Item.LastSetAmrap, p.Item.ProgressionReason))],
            [.. sets.Select(s => WorkoutEndpoints.ToResponse(s.Set, s.ExerciseName))],
            WorkoutVolume.Total(sets.Select(s => s.Set)));
    }

    private sealed record PlanRow(WorkoutPlanItem Item, string ExerciseName);

    private sealed record SetRow(WorkoutSet Set, string ExerciseName);

    private sealed record HeadRow(Workout Workout, List<WorkoutExerciseResponse> Exercises, List<PlanRow> Plan);

    /// <summary>
    /// The workout reads, compiled (docs/adr/0024): the workout with its two short lists in one round trip, then its sets in a
    /// second. Once per model: a compiled query keeps the SQL of the first provider it ran on, and one process may hold both.
    /// </summary>
    private sealed class Compiled
    {
        private static readonly PerModel<Compiled> ByModel = new(_ => new Compiled());

        public Func<FitFolioDbContext, Guid, Guid, CancellationToken, Task<HeadRow?>> Head { get; } = EF.CompileAsyncQuery(
            (FitFolioDbContext db, Guid userId, Guid id, CancellationToken _) => db.Workouts.AsNoTracking().AsSingleQuery()
                .Where(w => w.Id == id && w.UserId == userId)
                .Select(w => new HeadRow(w,
                    w.Exercises.OrderBy(e => e.Position)
                        .Select(e => new WorkoutExerciseResponse(e.ExerciseId, e.Exercise!.Name, e.Exercise.Equipment, e.Exercise.Kind, e.Group)).ToList(),
                    w.Plan.OrderBy(p => p.Position).Select(p => new PlanRow(p, p.Exercise!.Name)).ToList()))
                .SingleOrDefault());

        public Func<FitFolioDbContext, Guid, IAsyncEnumerable<SetRow>> Sets { get; } = EF.CompileAsyncQuery(
            (FitFolioDbContext db, Guid id) => db.WorkoutSets.AsNoTracking().Where(s => s.WorkoutId == id)
                .OrderBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .Select(s => new SetRow(s, s.Exercise!.Name)));

        public static Compiled For(DbContext db) => ByModel.For(db);
    }

    /// <summary>The heaviest non-warm-up set (then most reps) of the exercise last time: "last: 100 kg × 5".</summary>
    public static async Task<LastSet?> LastTopSetAsync(FitFolioDbContext db, Guid userId, Guid exerciseId, CancellationToken cancellationToken)
    {
        var last = await LastPerformanceAsync(db, userId, exerciseId, before: null, cancellationToken);
        var top = last?.Sets.Where(s => s.SetType != SetTypes.Warmup).OrderByDescending(s => s.WeightKg).ThenByDescending(s => s.Reps).FirstOrDefault();
        return top is null ? null : new LastSet(last!.PerformedAt, top.WeightKg, top.Reps);
    }
}
