using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>
/// Keeps <see cref="SessionBest"/> and <see cref="SessionRepBest"/> rows equal to a recomputation from the sets. Every write that can change a completed
/// workout's counting sets or its status calls <see cref="RefreshAsync"/> (or, for many new workouts at once,
/// <see cref="FillMissingAsync"/>); the live workout's set writes on an open workout never do, since it has no rows yet.
/// </summary>
public static partial class SessionBests
{
    private const int WorkoutsPerBatch = 500;

    /// <summary>
    /// Replaces one workout's rows by a recomputation from its sets: none unless it is completed. Runs in the caller's
    /// transaction, or in one of its own when there is none.
    /// </summary>
    public static async Task RefreshAsync(FitFolioDbContext db, Guid workoutId, CancellationToken cancellationToken)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        // Waits on the workout row, so two refreshes of one workout at once run one after the other.
        await WorkoutQueries.LockAsync(db, workoutId, cancellationToken);
        await DeleteAsync(db, [workoutId], cancellationToken);
        (await ComputeAsync(db, db.Workouts.Where(w => w.Id == workoutId), cancellationToken)).AddTo(db);
        await db.SaveChangesAsync(cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Adds the rows of every completed workout (of one user, when given) that has loaded counting sets but no rows in either
    /// table, a batch of workouts at a time: an import's new workouts, or the history written before a table existed. Answers
    /// how many workouts it filled.
    /// </summary>
    public static async Task<int> FillMissingAsync(FitFolioDbContext db, Guid? userId, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (true)
        {
            // A workout with loaded counting sets has rows in both tables, written together: missing from either, both are redone.
            var missing = db.Workouts.Where(w => w.Status == WorkoutStatus.Completed
                && (!db.SessionBests.Any(b => b.WorkoutId == w.Id) || !db.SessionRepBests.Any(b => b.WorkoutId == w.Id))
                && db.WorkoutSets.Where(s => s.WorkoutId == w.Id).Where(WorkoutVolume.LoadedCountingSet).Any());
            if (userId is { } owner)
            {
                missing = missing.Where(w => w.UserId == owner);
            }

            var ids = await missing.OrderBy(w => w.Id).Select(w => w.Id).Take(WorkoutsPerBatch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return filled;
            }

            var rows = await ComputeAsync(db, db.Workouts.Where(w => ids.Contains(w.Id)), cancellationToken);
            try
            {
                await DeleteAsync(db, ids, cancellationToken);
                rows.AddTo(db);
                await db.SaveChangesAsync(cancellationToken);
                filled += ids.Count;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && db.Database.CurrentTransaction is null)
            {
                // Another instance starting at the same time filled some of them: look again for what is still missing.
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Fills what is missing once the schema is current, and logs how many workouts that took (none: nothing logged).</summary>
    public static async Task FillOnStartupAsync(FitFolioDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var filled = await FillMissingAsync(db, userId: null, cancellationToken);
        if (filled > 0)
        {
            LogFilled(logger, filled);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Filled the session bests of {Workouts} completed workouts")]
    private static partial void LogFilled(ILogger logger, int workouts);

    /// <summary>
    /// The rows of the completed workouts among <paramref name="workouts"/>. SQL groups the loaded counting sets by workout,
    /// exercise, reps and RPE; every formula rises with the weight for fixed reps and RPE, so each group's heaviest set is
    /// its best under every formula, and <see cref="E1rm"/> rates those few rows here, for each session and each of its rep counts.
    /// </summary>
    public static async Task<KeptRows> ComputeAsync(FitFolioDbContext db, IQueryable<Workout> workouts, CancellationToken cancellationToken)
    {
        var groups = await db.WorkoutSets.Where(WorkoutVolume.LoadedCountingSet)
            .Join(workouts.Where(w => w.Status == WorkoutStatus.Completed), s => s.WorkoutId, w => w.Id, (s, w) => s)
            .GroupBy(s => new { s.WorkoutId, s.ExerciseId, s.UserId, s.Reps, s.Rpe })
            .Select(g => new { g.Key.WorkoutId, g.Key.ExerciseId, g.Key.UserId, g.Key.Reps, g.Key.Rpe, MaxWeightKg = g.Max(s => s.WeightKg), VolumeKg = g.Sum(s => s.WeightKg * s.Reps), Sets = g.Count() })
            .ToListAsync(cancellationToken);
        var bests = groups.GroupBy(g => (g.WorkoutId, g.ExerciseId)).Select(session => new SessionBest
        {
            WorkoutId = session.Key.WorkoutId,
            ExerciseId = session.Key.ExerciseId,
            UserId = session.First().UserId,
            EpleyKg = session.Max(g => E1rm.Of(E1rmFormulas.Epley, g.MaxWeightKg, g.Reps, g.Rpe))!.Value,
            BrzyckiKg = session.Max(g => E1rm.Of(E1rmFormulas.Brzycki, g.MaxWeightKg, g.Reps, g.Rpe)),
            RpeKg = session.Max(g => E1rm.Of(E1rmFormulas.Rpe, g.MaxWeightKg, g.Reps, g.Rpe)),
            TopWeightKg = session.Max(g => g.MaxWeightKg),
            VolumeKg = session.Sum(g => g.VolumeKg),
            SetCount = session.Sum(g => g.Sets),
        });
        var repBests = groups.GroupBy(g => (g.WorkoutId, g.ExerciseId, g.Reps)).Select(repCount => new SessionRepBest
        {
            WorkoutId = repCount.Key.WorkoutId,
            ExerciseId = repCount.Key.ExerciseId,
            Reps = repCount.Key.Reps,
            UserId = repCount.First().UserId,
            TopWeightKg = repCount.Max(g => g.MaxWeightKg),
            RpeKg = repCount.Max(g => E1rm.Of(E1rmFormulas.Rpe, g.MaxWeightKg, g.Reps, g.Rpe)),
        });
        return new KeptRows([.. bests], [.. repBests]);
    }

    /// <summary>What <see cref="ComputeAsync"/> derives: each session's bests and each session and rep count's.</summary>
    public sealed record KeptRows(List<SessionBest> Bests, List<SessionRepBest> RepBests)
    {
        public void AddTo(FitFolioDbContext db)
        {
            db.SessionBests.AddRange(Bests);
            db.SessionRepBests.AddRange(RepBests);
        }
    }

    private static async Task DeleteAsync(FitFolioDbContext db, List<Guid> workoutIds, CancellationToken cancellationToken)
    {
        await db.SessionBests.Where(b => workoutIds.Contains(b.WorkoutId)).ExecuteDeleteAsync(cancellationToken);
        await db.SessionRepBests.Where(b => workoutIds.Contains(b.WorkoutId)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Each exercise's sessions in the order done, as (local date, workout, best e1RM by the lifter's formula), read from the kept rows.</summary>
    public static async Task<Dictionary<Guid, List<ProgressPoint>>> ByExerciseAsync(
        FitFolioDbContext db, Guid userId, AnalyticsSettings settings, CancellationToken cancellationToken)
    {
        var rows = await RatedAsync(db, userId, settings, db.SessionBests.Where(b => b.UserId == userId), since: null, until: null, cancellationToken);
        return rows.GroupBy(r => r.ExerciseId).ToDictionary(g => g.Key, g => g.Select(r => r.ToPoint(settings)).ToList());
    }

    /// <summary>
    /// One exercise's e1RM series (the best e1RM by the lifter's formula of each session whose workout started in the UTC
    /// window), from one kept row per session; empty when the exercise is not visible to the user (checked in the same query).
    /// </summary>
    public static async Task<List<ProgressPoint>> E1rmSeriesAsync(
        FitFolioDbContext db, Guid userId, AnalyticsSettings settings, Guid exerciseId, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var rated = new List<RatedSession>();
        await foreach (var kept in KeptSeries.For(db).OneExercise(db, userId, exerciseId, since, until).WithCancellation(cancellationToken))
        {
            if (kept.Rated(settings.E1rmFormula) is { } kg)
            {
                rated.Add(new RatedSession(kept.ExerciseId, kept.WorkoutId, kept.StartedAt, kg));
            }
        }

        return [.. InOrderDone(rated).Select(r => r.ToPoint(settings))];
    }

    /// <summary>
    /// Per exercise (of those given) and rep count, the heaviest loaded counting set of the workouts started before the window
    /// and the best e1RM by the lifter's formula among them: a few kept rows per session instead of every set.
    /// </summary>
    public static async Task<List<PriorBest>> BeforeAsync(
        FitFolioDbContext db, Guid userId, AnalyticsSettings settings, WorkoutWindow window, IReadOnlyCollection<Guid> exerciseIds, CancellationToken cancellationToken)
    {
        var before = WorkoutWindow.Completed(db, userId, since: null, until: window.Since);
        var groups = await db.SessionRepBests.Where(b => b.UserId == userId && exerciseIds.Contains(b.ExerciseId))
            .Join(before, b => b.WorkoutId, w => w.Id, (b, w) => b)
            .GroupBy(b => new { b.ExerciseId, b.Reps })
            .Select(g => new { g.Key.ExerciseId, g.Key.Reps, MaxWeightKg = g.Max(b => b.TopWeightKg), RpeKg = g.Max(b => b.RpeKg) })
            .ToListAsync(cancellationToken);
        // Epley and Brzycki need only the heaviest weight of a rep count; the RPE formula's best was rated set by set on write.
        return [.. groups.Select(g => new PriorBest(g.ExerciseId, g.Reps, g.MaxWeightKg,
            settings.E1rmFormula == E1rmFormulas.Rpe ? g.RpeKg : settings.E1rmOf(g.MaxWeightKg, g.Reps, rpe: null)))];
    }

    /// <summary>The kept rows' best e1RM by the lifter's formula (rows the formula cannot rate left out), with their workout's start, in the order done.</summary>
    private static async Task<List<RatedSession>> RatedAsync(
        FitFolioDbContext db, Guid userId, AnalyticsSettings settings, IQueryable<SessionBest> bests, DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var rated = settings.E1rmFormula switch
        {
            E1rmFormulas.Brzycki => bests.Where(b => b.BrzyckiKg != null).Select(b => new { b.WorkoutId, b.ExerciseId, Kg = b.BrzyckiKg!.Value }),
            E1rmFormulas.Rpe => bests.Where(b => b.RpeKg != null).Select(b => new { b.WorkoutId, b.ExerciseId, Kg = b.RpeKg!.Value }),
            _ => bests.Select(b => new { b.WorkoutId, b.ExerciseId, Kg = b.EpleyKg }),
        };
        var workouts = WorkoutWindow.Completed(db, userId, since, until);
        var rows = await rated.Join(workouts, b => b.WorkoutId, w => w.Id, (b, w) => new RatedSession(b.ExerciseId, b.WorkoutId, w.StartedAt, b.Kg))
            .ToListAsync(cancellationToken);
        return InOrderDone(rows);
    }

    private static List<RatedSession> InOrderDone(List<RatedSession> rows) => [.. rows.OrderBy(r => r.StartedAt).ThenBy(r => r.WorkoutId).ThenBy(r => r.ExerciseId)];

    private sealed record RatedSession(Guid ExerciseId, Guid WorkoutId, DateTimeOffset StartedAt, double Kg)
    {
        public ProgressPoint ToPoint(AnalyticsSettings settings) => new(settings.LocalDate(StartedAt), WorkoutId, E1rm.Round(Kg));
    }

    /// <summary>A kept row with its workout's start and every formula's best, so one compiled read serves all three.</summary>
    private sealed record KeptSession(Guid ExerciseId, Guid WorkoutId, DateTimeOffset StartedAt, double EpleyKg, double? BrzyckiKg, double? RpeKg)
    {
        public double? Rated(string formula) => formula switch
        {
            E1rmFormulas.Brzycki => BrzyckiKg,
            E1rmFormulas.Rpe => RpeKg,
            _ => EpleyKg,
        };
    }

    /// <summary>
    /// The one-exercise series read, compiled: its query takes about a millisecond, and EF's per-request translation of the
    /// LINQ cost a visible share of the route (ADR 0014). Once per model (a compiled query keeps the SQL of the provider it
    /// first ran on). A compiled query cannot call <see cref="WorkoutWindow.Completed"/> or
    /// <see cref="ExerciseVisibility.VisibleTo"/>, so both are written out here; EF leaves an open end out of the SQL.
    /// </summary>
    private sealed class KeptSeries
    {
        private static readonly PerModel<KeptSeries> ByModel = new(_ => new KeptSeries());

        public Func<FitFolioDbContext, Guid, Guid, DateTimeOffset?, DateTimeOffset?, IAsyncEnumerable<KeptSession>> OneExercise { get; } = EF.CompileAsyncQuery(
            (FitFolioDbContext db, Guid userId, Guid exerciseId, DateTimeOffset? since, DateTimeOffset? until) => db.SessionBests
                .Where(b => b.UserId == userId && b.ExerciseId == exerciseId && db.Exercises.Any(e => e.Id == exerciseId && (e.UserId == null || e.UserId == userId)))
                .Join(
                    db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed && (since == null || w.StartedAt >= since) && (until == null || w.StartedAt < until)),
                    b => b.WorkoutId, w => w.Id, (b, w) => new KeptSession(b.ExerciseId, b.WorkoutId, w.StartedAt, b.EpleyKg, b.BrzyckiKg, b.RpeKg)));

        public static KeptSeries For(DbContext db) => ByModel.For(db);
    }
}
