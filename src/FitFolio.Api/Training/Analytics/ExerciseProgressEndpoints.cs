using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Http;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <param name="E1rmKg">The estimate by the lifter's formula; null for warm-ups, unloaded sets and sets the formula cannot rate.</param>
/// <param name="DurationSeconds">A timed or distance set's time (a plank, a carry); null otherwise.</param>
/// <param name="DistanceM">A distance set's metres; null otherwise.</param>
public sealed record HistorySet(
    Guid Id, int Reps, double WeightKg, double? Rpe, string SetType, string? Notes, double? E1rmKg, int? DurationSeconds = null, double? DistanceM = null);

/// <param name="Date">The local date the workout started on, in the lifter's time zone.</param>
public sealed record HistorySession(Guid WorkoutId, DateOnly Date, IReadOnlyList<HistorySet> Sets);

public sealed record ExerciseHistory(IReadOnlyList<HistorySession> Items, int Page, int PageSize, int Total);

/// <param name="SetId">Null for session records (session volume).</param>
public sealed record RecordValue(double Value, Guid? SetId, Guid WorkoutId, DateTimeOffset AchievedAt);

public sealed record RepMax(int Reps, double WeightKg, Guid SetId, Guid WorkoutId, DateTimeOffset AchievedAt);

/// <summary>Each record null until a counting set makes one.</summary>
/// <param name="LongestDurationSeconds">The longest single set in seconds (timed and distance kinds; see <see cref="EnduranceRecords"/>).</param>
/// <param name="LongestDistanceM">The longest single set in metres (distance kinds).</param>
public sealed record ExerciseRecords(
    RecordValue? HeaviestKg, RecordValue? BestE1rmKg, RecordValue? BestSetVolumeKg, RecordValue? BestSessionVolumeKg, RecordValue? MostReps,
    IReadOnlyList<RepMax> RepMaxes, RecordValue? LongestDurationSeconds = null, RecordValue? LongestDistanceM = null);

public sealed record ProgressPoint(DateOnly Date, Guid WorkoutId, double Value);

public sealed record ProgressSeries(IReadOnlyList<ProgressPoint> Items);

public static class ProgressMetrics
{
    public const string E1rm = "e1rm";
    public const string TopSet = "topSet";
    public const string Volume = "volume";

    public static readonly string[] All = [E1rm, TopSet, Volume];
}

public static class ExerciseProgressEndpoints
{
    public static RouteGroupBuilder MapExerciseProgressEndpoints(this RouteGroupBuilder api)
    {
        var exercises = api.MapGroup("/exercises").WithTags("Progress").RequireAuthorization();
        exercises.MapGet("/{id:guid}/history", History);
        exercises.MapGet("/{id:guid}/records", Records);
        exercises.MapGet("/{id:guid}/progress", Progress);
        return exercises;
    }

    /// <summary>Every completed session with the exercise, newest first, with all its sets (warm-ups too) in the order done.</summary>
    private static async Task<Results<Ok<ExerciseHistory>, ValidationProblem, ProblemHttpResult>> History(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        var errors = new ValidationErrors();
        var paging = new Paging(page, pageSize);
        paging.Validate(errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        if (await AnalyticsSettings.ForExerciseAsync(db, userId, id, cancellationToken) is not { } settings)
        {
            return Problems.NotFound("exercise");
        }

        // The exercise's workouts come from the covering (user_id, exercise_id, …) index, not from every set of every workout.
        var withExercise = db.WorkoutSets.Where(s => s.UserId == userId && s.ExerciseId == id).Select(s => s.WorkoutId);
        var sessions = db.Workouts.AsNoTracking()
            .Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed && withExercise.Contains(w.Id));
        // Every session's id and start in one read (a few hundred small rows at most): the total and the page come from it.
        var all = await sessions.OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id)
            .Select(w => new { w.Id, w.StartedAt }).ToListAsync(cancellationToken);
        var total = all.Count;
        var workouts = paging.Of(all.AsQueryable()).ToList();
        var workoutIds = workouts.Select(w => w.Id).ToList();
        var sets = await db.WorkoutSets.AsNoTracking().Where(s => workoutIds.Contains(s.WorkoutId) && s.ExerciseId == id)
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var items = workouts.Select(w => new HistorySession(w.Id, settings.LocalDate(w.StartedAt),
            [.. sets.Where(s => s.WorkoutId == w.Id).Select(s => new HistorySet(s.Id, s.Reps, s.WeightKg, s.Rpe, s.SetType, s.Notes,
                s.SetType == SetTypes.Warmup ? null : Rounded(settings.E1rmOf(s.WeightKg, s.Reps, s.Rpe)), s.DurationSeconds, s.DistanceM))]));
        return TypedResults.Ok(new ExerciseHistory([.. items], page, pageSize, total));
    }

    /// <summary>The exercise's records over counting sets; a tie keeps the earlier set.</summary>
    private static async Task<Results<Ok<ExerciseRecords>, ProblemHttpResult>> Records(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        if (await AnalyticsSettings.ForExerciseAsync(db, userId, id, cancellationToken) is not { } settings)
        {
            return Problems.NotFound("exercise");
        }

        var sets = (await CountingSets.LoadAsync(db, userId, [id], since: null, until: null, cancellationToken)).Rate(settings);
        var loaded = sets.Where(s => s.Set.IsLoaded).ToList();
        var bestSession = loaded.GroupBy(s => s.Set.WorkoutId)
            .Select(g => new { g.First().Set, VolumeKg = g.Sum(s => s.Set.VolumeKg) })
            .Aggregate(null as (CountingSet Set, double VolumeKg)?, (best, s) => best is null || s.VolumeKg > best.Value.VolumeKg ? (s.Set, s.VolumeKg) : best);
        var repMaxes = loaded.Where(s => s.Set.Reps <= PersonalRecords.MaxRepMaxReps).GroupBy(s => s.Set.Reps).OrderBy(g => g.Key)
            .Select(g => Best(g, s => s.Set.WeightKg)!)
            .Select(s => new RepMax(s.Set.Reps, s.Set.WeightKg, s.Set.Id, s.Set.WorkoutId, s.Set.CompletedAt));
        var (longest, farthest) = await EnduranceRecords.LoadAsync(db, userId, id, cancellationToken);
        return TypedResults.Ok(new ExerciseRecords(
            SetRecord(Best(loaded, s => s.Set.WeightKg), s => s.Set.WeightKg),
            SetRecord(Best(loaded, s => s.E1rmKg), s => E1rm.Round(s.E1rmKg!.Value)),
            SetRecord(Best(loaded, s => s.Set.VolumeKg), s => s.Set.VolumeKg),
            bestSession is { } session ? new RecordValue(session.VolumeKg, null, session.Set.WorkoutId, session.Set.WorkoutStartedAt) : null,
            SetRecord(Best(sets, s => s.Set.Reps), s => s.Set.Reps),
            [.. repMaxes], longest, farthest));
    }

    /// <summary>Per session: the best e1RM, the heaviest counting set's weight, or the session's volume of the exercise.</summary>
    private static async Task<Results<Ok<ProgressSeries>, ValidationProblem, ProblemHttpResult>> Progress(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken, string? metric = null, string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        errors.Check(metric is null || ProgressMetrics.All.Contains(metric), "metric", $"Must be one of: {string.Join(", ", ProgressMetrics.All)}.");
        var range = LocalDateRange.Parse(from, to, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        if (await AnalyticsSettings.ForExerciseAsync(db, userId, id, cancellationToken) is not { } settings)
        {
            return Problems.NotFound("exercise");
        }

        var groups = await SetGroups.LoadAsync(db, userId, settings, id, range.Since, range.Until, cancellationToken);
        var points = SessionSeries.Of(groups, metric ?? ProgressMetrics.E1rm, settings).Where(p => range.Contains(p.Date)).ToList();
        return TypedResults.Ok(new ProgressSeries(points));
    }

    private static RatedSet? Best(IEnumerable<RatedSet> sets, Func<RatedSet, double?> value)
    {
        RatedSet? best = null;
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

    private static RecordValue? SetRecord(RatedSet? set, Func<RatedSet, double> value) =>
        set is null ? null : new RecordValue(value(set), set.Set.Id, set.Set.WorkoutId, set.Set.CompletedAt);

    private static double? Rounded(double? kg) => kg is { } v ? E1rm.Round(v) : null;
}

/// <summary>One number per session of an exercise, as progress charts and trends read it.</summary>
public static class SessionSeries
{
    /// <summary>One exercise's set groups, in workout order, to one point per session in that order.</summary>
    public static List<ProgressPoint> Of(IEnumerable<SetGroup> groups, string metric, AnalyticsSettings settings) =>
        [.. groups.GroupBy(g => (g.WorkoutId, g.WorkoutStartedAt))
            .Select(session => (session.Key, Value: metric switch
            {
                ProgressMetrics.TopSet => session.Max(g => g.MaxWeightKg),
                ProgressMetrics.Volume => session.Sum(g => g.VolumeKg),
                _ => session.Max(g => g.E1rmKg(settings)),
            }))
            .Where(p => p.Value is not null)
            .Select(p => new ProgressPoint(settings.LocalDate(p.Key.WorkoutStartedAt), p.Key.WorkoutId,
                metric == ProgressMetrics.E1rm ? E1rm.Round(p.Value!.Value) : p.Value!.Value))];
}
