using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Analytics;
using static FitFolio.Api.Tests.Training.Analytics.AnalyticsSessions;

namespace FitFolio.Api.Tests.Training.Analytics;

public sealed class InsightsTests
{
    /// <summary>The fake clock's day: Wednesday 25 November 2026, UTC.</summary>
    private static readonly DateTimeOffset Today = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_trend_is_the_weekly_slope_of_session_best_e1rm_with_its_interval(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        foreach (var (weeksAgo, kg) in new[] { (3, 100.0), (2, 103.0), (1, 104.0), (0, 106.0) })
        {
            await browser.SessionAsync(Today.AddDays(-7 * weeksAgo), Did(Squat, 1, kg));
        }

        var trends = (await browser.GetJsonAsync("/api/v1/analytics/insights")).GetProperty("trends").EnumerateArray().ToArray();

        // x = 1, 2, 3, 4 weeks; slope 9.5/5 = 1.9; residual SS 0.7, SE √(0.7/2/5) = 0.2646, t(0.975, 2) = 4.3027: ±1.1384.
        var fourWeeks = trends.Single(t => t.GetProperty("windowWeeks").GetInt32() == 4);
        Assert.Equal((4, 1.9, 0.76, 3.04), (fourWeeks.GetProperty("n").GetInt32(), fourWeeks.GetProperty("slopeKgPerWeek").GetDouble(),
            fourWeeks.GetProperty("ciLowKgPerWeek").GetDouble(), fourWeeks.GetProperty("ciHighKgPerWeek").GetDouble()));
        Assert.Equal([4, 8, 12], trends.Select(t => t.GetProperty("windowWeeks").GetInt32()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_plateau_is_under_2_percent_gain_over_the_three_weeks_before(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        foreach (var (daysAgo, kg) in new[] { (36, 100.0), (29, 101.0), (22, 102.0), (15, 102.0), (8, 103.0), (1, 101.0) })
        {
            await browser.SessionAsync(Today.AddDays(-daysAgo), Did(Squat, 1, kg));
        }

        var plateau = Assert.Single((await browser.GetJsonAsync("/api/v1/analytics/insights")).GetProperty("plateaus").EnumerateArray());

        // Best of the last 3 weeks 103 kg < 102 kg × 1.02 = 104.04 kg.
        Assert.Equal((6, 103.0, 102.0, 0.98), (plateau.GetProperty("sessions").GetInt32(), plateau.GetProperty("recentBestE1rmKg").GetDouble(),
            plateau.GetProperty("previousBestE1rmKg").GetDouble(), plateau.GetProperty("changePercent").GetDouble()));
    }

    [Fact]
    public void Relative_performance_divides_by_the_best_of_the_28_days_before_and_averages_the_sessions_exercises()
    {
        var (squat, bench, today) = (Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 11, 25));
        var sessions = new Dictionary<Guid, List<ProgressPoint>>
        {
            [squat] = [new(today.AddDays(-40), Guid.NewGuid(), 150), new(today.AddDays(-7), Guid.NewGuid(), 100), new(today, Guid.Empty, 110)],
            [bench] = [new(today.AddDays(-3), Guid.NewGuid(), 80), new(today, Guid.Empty, 76)],
        };

        var performance = Insights.RelativePerformance(sessions);

        // squat 110/100 (150 is older than 28 days) and bench 76/80: (1.1 + 0.95) / 2.
        Assert.Equal(1.025, performance[today], 12);
        Assert.Equal([today], performance.Keys);
    }

    [Fact]
    public void Correlations_need_at_least_ten_paired_dates()
    {
        var squat = Guid.NewGuid();
        var start = new DateOnly(2026, 9, 1);
        var sessions = new Dictionary<Guid, List<ProgressPoint>> { [squat] = [.. Enumerable.Range(0, 11).Select(i => new ProgressPoint(start.AddDays(2 * i), Guid.NewGuid(), 100 + (i % 3)))] };
        var days = Enumerable.Range(0, 11).Select(i => new DailyMetric { Date = start.AddDays(2 * i), SleepHours = 6 + (i % 4), Energy = i < 10 ? 1 + (i % 5) : null }).ToList();

        var correlations = Insights.Correlations(sessions, days);

        // 10 later sessions have a best in the 28 days before: sleep pairs on all 10, energy on only 9.
        Assert.Equal(["sleepHours"], correlations.Select(c => c.Metric));
        Assert.Equal(10, correlations[0].N);
    }
}
