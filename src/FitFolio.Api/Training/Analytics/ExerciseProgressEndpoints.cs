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
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        // The exercise's workouts come from the covering (user_id, exercise_id, …) index, not from every set of every workout.
        var withExercise = db.WorkoutSets.Where(s => s.UserId == userId && s.ExerciseId == id).Select(s => s.WorkoutId);
        var sessions = db.Workouts.Where(w => w.UserId == userId && w.Status == WorkoutStatus.Completed && withExercise.Contains(w.Id));
        var pageOfSessions = paging.Of(sessions.OrderByDescending(w => w.StartedAt).ThenByDescending(w => w.Id));
        // The page's sets with their sessions and the count of all sessions, in one read; SQL orders the sessions as it paged them.
        var rows = await db.WorkoutSets.AsNoTracking().Where(s => s.UserId == userId && s.ExerciseId == id && db.Exercises.VisibleTo(userId).Any(e => e.Id == id))
            .Join(pageOfSessions, s => s.WorkoutId, w => w.Id, (s, w) => new
            {
                w.StartedAt,
                s.WorkoutId,
                s.CompletedAt,
                s.CreatedAt,
                s.Id,
                s.Reps,
                s.WeightKg,
                s.Rpe,
                s.SetType,
                s.Notes,
                s.DurationSeconds,
                s.DistanceM,
                Total = sessions.Count(),
            })
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.WorkoutId).ThenBy(r => r.CompletedAt).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && !await IsVisibleAsync(db, userId, id, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        var total = rows.Count > 0 ? rows[0].Total : page == 1 ? 0 : await sessions.CountAsync(cancellationToken);
        var items = rows.GroupBy(r => (r.WorkoutId, r.StartedAt)).Select(w => new HistorySession(w.Key.WorkoutId, settings.LocalDate(w.Key.StartedAt),
            [.. w.Select(s => new HistorySet(s.Id, s.Reps, s.WeightKg, s.Rpe, s.SetType, s.Notes,
                s.SetType == SetTypes.Warmup ? null : Rounded(settings.E1rmOf(s.WeightKg, s.Reps, s.Rpe)), s.DurationSeconds, s.DistanceM))]));
        return TypedResults.Ok(new ExerciseHistory([.. items], page, pageSize, total));
    }

    /// <summary>The exercise's records over counting sets; a tie keeps the earlier set.</summary>
    private static async Task<Results<Ok<ExerciseRecords>, ProblemHttpResult>> Records(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        return await ExerciseRecordsReader.ReadAsync(db, context.User.GetUserId(), id, settings, cancellationToken) is { } records
            ? TypedResults.Ok(records)
            : Problems.NotFound("exercise");
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
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        metric ??= ProgressMetrics.E1rm;
        // The e1RM series reads each session's best kept on write; top sets and volume group the sets per session.
        var points = metric == ProgressMetrics.E1rm
            ? await SessionBests.E1rmSeriesAsync(db, userId, settings, id, range.Since, range.Until, cancellationToken)
            : SessionSeries.Of(await SetGroups.PerSessionAsync(db, userId, id, range.Since, range.Until, cancellationToken), metric, settings);
        if (points.Count == 0 && !await IsVisibleAsync(db, userId, id, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        return TypedResults.Ok(new ProgressSeries([.. points.Where(p => range.Contains(p.Date))]));
    }

    /// <summary>
    /// Asked only when a route's read came back empty: its query already required the exercise to be built in or the
    /// user's, so an answer with rows needs no second round trip.
    /// </summary>
    internal static Task<bool> IsVisibleAsync(FitFolioDbContext db, Guid userId, Guid exerciseId, CancellationToken cancellationToken) =>
        db.Exercises.VisibleTo(userId).AnyAsync(e => e.Id == exerciseId, cancellationToken);

    private static double? Rounded(double? kg) => kg is { } v ? E1rm.Round(v) : null;
}

/// <summary>One number per session of an exercise, as progress charts and trends read it.</summary>
public static class SessionSeries
{
    /// <summary>One exercise's per-session groups, in workout order, to the session's top set or volume in that order (e1RM series: <see cref="SessionBests.E1rmSeriesAsync"/>).</summary>
    public static List<ProgressPoint> Of(IEnumerable<SetGroup> groups, string metric, AnalyticsSettings settings) =>
        [.. groups.Select(g => new ProgressPoint(settings.LocalDate(g.WorkoutStartedAt), g.WorkoutId, metric == ProgressMetrics.Volume ? g.VolumeKg : g.MaxWeightKg))];
}
