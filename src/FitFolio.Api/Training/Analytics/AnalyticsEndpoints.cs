using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <param name="WeekStart">The Monday of the ISO week, in the lifter's time zone.</param>
/// <param name="Key">A muscle name, or an exercise id.</param>
/// <param name="HardSets">Counting sets: 1 for each primary muscle, 0.5 for each secondary one.</param>
public sealed record WeeklyVolume(DateOnly WeekStart, string Key, double VolumeKg, double HardSets);

public sealed record WeeklyVolumeList(IReadOnlyList<WeeklyVolume> Items);

public sealed record PersonalRecordList(IReadOnlyList<PersonalRecord> Items);

public static class VolumeGroupings
{
    public const string Muscle = "muscle";
    public const string Exercise = "exercise";

    public static readonly string[] All = [Muscle, Exercise];
}

public static class AnalyticsEndpoints
{
    public static RouteGroupBuilder MapAnalyticsEndpoints(this RouteGroupBuilder api)
    {
        var analytics = api.MapGroup("/analytics").WithTags("Progress").RequireAuthorization();
        analytics.MapGet("/volume", Volume);
        analytics.MapGet("/prs", Prs);
        analytics.MapGet("/insights", Insights.Get);
        return analytics;
    }

    /// <summary>Weekly volume and hard sets of the sessions dated from–to (local dates), by muscle or by exercise.</summary>
    private static async Task<Results<Ok<WeeklyVolumeList>, ValidationProblem>> Volume(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken, string? from = null, string? to = null, string? by = null)
    {
        var errors = new ValidationErrors();
        errors.Check(by is null || VolumeGroupings.All.Contains(by), "by", $"Must be one of: {string.Join(", ", VolumeGroupings.All)}.");
        var range = LocalDateRange.Parse(from, to, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        var groups = (await SetGroups.PerSessionAsync(db, userId, exerciseId: null, range.Since, range.Until, cancellationToken))
            .Select(g => (Group: g, Date: settings.LocalDate(g.WorkoutStartedAt))).Where(g => range.Contains(g.Date)).ToList();
        var shares = by == VolumeGroupings.Exercise
            ? groups.Select(g => (g.Group, g.Date, Key: g.Group.ExerciseId.ToString(), Share: 1.0))
            : await MuscleSharesAsync(db, groups, cancellationToken);
        var items = shares
            .GroupBy(x => (Week: LocalDates.WeekStart(x.Date), x.Key))
            .Select(g => new WeeklyVolume(g.Key.Week, g.Key.Key, g.Sum(x => x.Group.VolumeKg * x.Share), g.Sum(x => x.Group.Sets * x.Share)))
            .OrderBy(v => v.WeekStart).ThenBy(v => v.Key, StringComparer.Ordinal);
        return TypedResults.Ok(new WeeklyVolumeList([.. items]));
    }

    /// <summary>Each set counts fully for its exercise's primary muscles and half for its secondary ones.</summary>
    private static async Task<IEnumerable<(SetGroup Group, DateOnly Date, string Key, double Share)>> MuscleSharesAsync(
        FitFolioDbContext db, List<(SetGroup Group, DateOnly Date)> groups, CancellationToken cancellationToken)
    {
        var exerciseIds = groups.Select(g => g.Group.ExerciseId).Distinct().ToList();
        var muscles = await db.Exercises.AsNoTracking().Where(e => exerciseIds.Contains(e.Id))
            .Select(e => new { e.Id, e.PrimaryMuscles, e.SecondaryMuscles }).ToDictionaryAsync(e => e.Id, cancellationToken);
        return groups.SelectMany(g => muscles[g.Group.ExerciseId].PrimaryMuscles.Select(m => (g.Group, g.Date, m, 1.0))
            .Concat(muscles[g.Group.ExerciseId].SecondaryMuscles.Select(m => (g.Group, g.Date, m, 0.5))));
    }

    /// <summary>The PRs of sessions dated from–to (local dates), newest first, each judged against the whole history before it.</summary>
    private static async Task<Results<Ok<PersonalRecordList>, ValidationProblem>> Prs(
        HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        var errors = new ValidationErrors();
        var range = LocalDateRange.Parse(from, to, errors);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var userId = context.User.GetUserId();
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        // Only the window's sets are read one by one; the history before it comes as each of their exercises' bests per rep count, kept on write.
        List<RatedSet> sets;
        List<PriorBest>? prior = null;
        if (range.Since is { } since)
        {
            var window = await WorkoutWindow.ReadAsync(db, userId, since, range.Until, cancellationToken);
            sets = (await CountingSets.InWindowAsync(db, userId, window, cancellationToken)).Rate(settings);
            var exerciseIds = sets.Where(s => s.Set.IsLoaded).Select(s => s.Set.ExerciseId).Distinct().ToList();
            prior = exerciseIds.Count == 0 ? [] : await SessionBests.BeforeAsync(db, userId, settings, window, exerciseIds, cancellationToken);
        }
        else
        {
            sets = (await CountingSets.LoadAsync(db, userId, null, since: null, range.Until, cancellationToken)).Rate(settings);
        }

        var dates = sets.ToDictionary(s => s.Set.Id, s => s.Date);
        var prs = PersonalRecords.Find(sets, prior).Where(p => range.Contains(dates[p.SetId])).GroupBy(p => p.SetId).Reverse().SelectMany(g => g);
        return TypedResults.Ok(new PersonalRecordList([.. prs]));
    }
}
