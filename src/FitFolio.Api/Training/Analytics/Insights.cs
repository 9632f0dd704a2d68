using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

/// <summary>The least-squares slope of the session-best e1RM over the last <paramref name="WindowWeeks"/> weeks, with its 95 % interval.</summary>
public sealed record TrendInsight(Guid ExerciseId, int WindowWeeks, int N, double SlopeKgPerWeek, double CiLowKgPerWeek, double CiHighKgPerWeek);

/// <summary>An exercise trained often in the last 6 weeks whose best e1RM of the last 3 is less than 2 % above the 3 before.</summary>
public sealed record PlateauInsight(Guid ExerciseId, int Sessions, double RecentBestE1rmKg, double PreviousBestE1rmKg, double ChangePercent);

/// <summary>
/// How a daily metric and relative performance move together on the same dates: an association, never a cause.
/// <paramref name="Strength"/> is weak (|r| &lt; 0.3), moderate (&lt; 0.5) or strong.
/// </summary>
public sealed record CorrelationInsight(string Metric, int N, double PearsonR, double SpearmanRho, double PValue, string Strength);

public sealed record InsightsResponse(IReadOnlyList<TrendInsight> Trends, IReadOnlyList<PlateauInsight> Plateaus, IReadOnlyList<CorrelationInsight> Correlations);

/// <summary>Trends, plateaus and correlations, computed on read from the lifter's session bests (kept on write) and daily metrics.</summary>
public static class Insights
{
    public static readonly int[] TrendWindowsWeeks = [4, 8, 12];
    public const int MinTrendSessions = 4;
    public const int PlateauSessions = 6;
    public const double PlateauGain = 0.02;
    public const int RelativePerformanceDays = 28;
    public const int MinCorrelationPairs = 10;

    private static readonly (string Name, Func<DailyMetric, double?> Value)[] Metrics =
    [
        ("bodyWeightKg", m => m.BodyWeightKg), ("bodyFatPercent", m => m.BodyFatPercent), ("sleepHours", m => m.SleepHours),
        ("sleepQuality", m => m.SleepQuality), ("energy", m => m.Energy),
    ];

    public static async Task<Ok<InsightsResponse>> Get(HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        var settings = await AnalyticsSettings.ForRequestAsync(context, db, cancellationToken);
        var days = await db.DailyMetrics.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var sessions = await SessionBests.ByExerciseAsync(db, userId, settings, cancellationToken);
        var today = settings.Today(time);
        return TypedResults.Ok(new InsightsResponse(Trends(sessions, today), Plateaus(sessions, today), Correlations(sessions, days)));
    }

    public static List<TrendInsight> Trends(Dictionary<Guid, List<ProgressPoint>> sessions, DateOnly today)
    {
        var trends = new List<TrendInsight>();
        foreach (var (exerciseId, points) in sessions)
        {
            foreach (var weeks in TrendWindowsWeeks)
            {
                var start = today.AddDays(-7 * weeks);
                var window = points.Where(p => p.Date > start && p.Date <= today).ToList();
                if (window.Count < MinTrendSessions
                    || SampleStatistics.Fit([.. window.Select(p => (p.Date.DayNumber - start.DayNumber) / 7.0)], [.. window.Select(p => p.Value)]) is not { } fit)
                {
                    continue;
                }

                trends.Add(new TrendInsight(exerciseId, weeks, fit.N, E1rm.Round(fit.Slope), E1rm.Round(fit.SlopeLow), E1rm.Round(fit.SlopeHigh)));
            }
        }

        return trends;
    }

    public static List<PlateauInsight> Plateaus(Dictionary<Guid, List<ProgressPoint>> sessions, DateOnly today)
    {
        var plateaus = new List<PlateauInsight>();
        var sixWeeksAgo = today.AddDays(-42);
        var threeWeeksAgo = today.AddDays(-21);
        foreach (var (exerciseId, points) in sessions)
        {
            var recent = points.Where(p => p.Date > threeWeeksAgo && p.Date <= today).ToList();
            var before = points.Where(p => p.Date > sixWeeksAgo && p.Date <= threeWeeksAgo).ToList();
            if (recent.Count + before.Count < PlateauSessions || recent.Count == 0 || before.Count == 0)
            {
                continue;
            }

            var (recentBest, previousBest) = (recent.Max(p => p.Value), before.Max(p => p.Value));
            if (recentBest < previousBest * (1 + PlateauGain))
            {
                plateaus.Add(new PlateauInsight(exerciseId, recent.Count + before.Count, recentBest, previousBest,
                    Math.Round(((recentBest / previousBest) - 1) * 100, 2)));
            }
        }

        return plateaus;
    }

    /// <summary>
    /// Relative performance of each local date: per session, each exercise's best e1RM over its best in the 28 days before,
    /// averaged over the exercises that have one; sessions of one date averaged.
    /// </summary>
    public static Dictionary<DateOnly, double> RelativePerformance(Dictionary<Guid, List<ProgressPoint>> sessions)
    {
        var ratios = new List<(Guid WorkoutId, DateOnly Date, double Ratio)>();
        foreach (var points in sessions.Values)
        {
            AddRatios([.. points.OrderBy(p => p.Date)], ratios);
        }

        return ratios.GroupBy(r => (r.WorkoutId, r.Date)).Select(s => (s.Key.Date, Value: s.Average(r => r.Ratio)))
            .GroupBy(s => s.Date).ToDictionary(d => d.Key, d => d.Average(s => s.Value));
    }

    /// <summary>
    /// Each session's best over the best of the sessions in the 28 days before its date. The points come in date order, so
    /// that window only slides forward: a queue of the window's falling maxima answers each in constant time, not a rescan.
    /// </summary>
    private static void AddRatios(List<ProgressPoint> points, List<(Guid WorkoutId, DateOnly Date, double Ratio)> ratios)
    {
        var maxima = new LinkedList<ProgressPoint>();
        var next = 0;
        foreach (var point in points)
        {
            for (; next < points.Count && points[next].Date < point.Date; next++)
            {
                while (maxima.Last is { } last && last.Value.Value <= points[next].Value)
                {
                    maxima.RemoveLast();
                }

                maxima.AddLast(points[next]);
            }

            var since = point.Date.AddDays(-RelativePerformanceDays);
            while (maxima.First is { } first && first.Value.Date < since)
            {
                maxima.RemoveFirst();
            }

            if (maxima.First is { } best)
            {
                ratios.Add((point.WorkoutId, point.Date, point.Value / best.Value.Value));
            }
        }
    }

    public static List<CorrelationInsight> Correlations(Dictionary<Guid, List<ProgressPoint>> sessions, IReadOnlyList<DailyMetric> days)
    {
        var performance = RelativePerformance(sessions);
        var correlations = new List<CorrelationInsight>();
        foreach (var (name, value) in Metrics)
        {
            var pairs = days.Where(d => value(d) is not null && performance.ContainsKey(d.Date)).OrderBy(d => d.Date)
                .Select(d => (Metric: value(d)!.Value, Performance: performance[d.Date])).ToList();
            if (pairs.Count < MinCorrelationPairs
                || SampleStatistics.Correlate([.. pairs.Select(p => p.Metric)], [.. pairs.Select(p => p.Performance)]) is not { } result)
            {
                continue;
            }

            correlations.Add(new CorrelationInsight(name, result.N, Math.Round(result.PearsonR, 4), Math.Round(result.SpearmanRho, 4),
                Math.Round(result.PValue, 4), Strength(result.PearsonR)));
        }

        return correlations;
    }

    public static string Strength(double r) => Math.Abs(r) switch
    {
        < 0.3 => "weak",
        < 0.5 => "moderate",
        _ => "strong",
    };
}
