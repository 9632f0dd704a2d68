using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using static FitFolio.Api.Tests.Training.Analytics.AnalyticsSessions;

namespace FitFolio.Api.Tests.Training.Analytics;

public sealed class AnalyticsEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Muscle_volume_counts_primary_muscles_fully_and_secondary_ones_half(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var press = (await (await browser.PostAsync("/api/v1/exercises",
            new { name = "Floor Press", primaryMuscles = new[] { "chest" }, secondaryMuscles = new[] { "triceps", "shoulders" }, equipment = "barbell" }))
            .JsonAsync(HttpStatusCode.Created)).Id();
        await browser.SessionAsync(Monday, Did(press, 10, 60, "warmup"), Did(press, 5, 100), Did(press, 8, 80));

        var volume = await browser.GetJsonAsync("/api/v1/analytics/volume?by=muscle");

        // 5 × 100 + 8 × 80 = 1140 kg in 2 hard sets for chest; half of each for triceps and shoulders.
        Assert.Equal(
            [("2026-11-02", "chest", 1140.0, 2.0), ("2026-11-02", "shoulders", 570.0, 1.0), ("2026-11-02", "triceps", 570.0, 1.0)],
            Rows(volume));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Exercise_volume_is_summed_per_iso_week_starting_monday(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday.AddDays(6), Did(Squat, 5, 100));
        await browser.SessionAsync(Monday.AddDays(7), Did(Squat, 5, 110));
        await browser.SessionAsync(Monday.AddDays(9), Did(Squat, 3, 120));

        var volume = await browser.GetJsonAsync("/api/v1/analytics/volume?by=exercise&from=2026-11-01&to=2026-11-15");

        Assert.Equal([("2026-11-02", Squat.ToString(), 500.0, 1.0), ("2026-11-09", Squat.ToString(), 910.0, 2.0)], Rows(volume));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Weeks_are_read_in_the_users_time_zone(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.PatchAsync("/api/v1/account", new { timeZone = "America/New_York" })).JsonAsync(HttpStatusCode.OK);
        // Monday 03:00 UTC is Sunday 22:00 in New York (UTC−5): the week before.
        await browser.SessionAsync(new DateTimeOffset(2026, 11, 9, 3, 0, 0, TimeSpan.Zero), Did(Squat, 5, 100));

        var volume = await browser.GetJsonAsync("/api/v1/analytics/volume?by=exercise");

        Assert.Equal("2026-11-02", Assert.Single(volume.Items()).GetProperty("weekStart").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Week_boundaries_follow_a_daylight_saving_change(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.PatchAsync("/api/v1/account", new { timeZone = "Europe/Berlin" })).JsonAsync(HttpStatusCode.OK);
        // Berlin moved to UTC+2 on Sunday 29 March 2026: 22:30 UTC that evening is already Monday 00:30, a new week,
        // while 22:30 UTC a week earlier (UTC+1) was still Sunday 23:30.
        await browser.SessionAsync(new DateTimeOffset(2026, 3, 22, 22, 30, 0, TimeSpan.Zero), Did(Squat, 5, 100));
        await browser.SessionAsync(new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero), Did(Squat, 5, 110));

        var volume = await browser.GetJsonAsync("/api/v1/analytics/volume?by=exercise");

        Assert.Equal(["2026-03-16", "2026-03-30"], volume.Items().Select(v => v.GetProperty("weekStart").GetString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_first_session_of_an_exercise_sets_baselines_not_prs(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110));

        var prs = await browser.GetJsonAsync("/api/v1/analytics/prs");

        Assert.Empty(prs.Items());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_is_a_pr_of_each_type_at_which_it_beats_every_earlier_counting_set(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110));
        var (workout, ids) = await browser.SessionAsync(Monday.AddDays(2), Did(Squat, 1, 200, "warmup"), Did(Squat, 5, 105));

        var prs = await browser.GetJsonAsync("/api/v1/analytics/prs");

        // 105 × 5: e1RM 122.5 > 121 (110 × 3), volume 525 > 500, 5-rep max 105 > 100; not heavier than 110; the warm-up never counts.
        Assert.Equal([("e1rm", 122.5, 121.0), ("set_volume", 525.0, 500.0), ("rep_max", 105.0, 100.0)], Prs(prs));
        Assert.All(prs.Items(), p => Assert.Equal((ids[1], workout, Squat),
            (p.GetProperty("setId").GetGuid(), p.GetProperty("workoutId").GetGuid(), p.GetProperty("exerciseId").GetGuid())));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_pr_feed_keeps_to_sessions_dated_from_to_but_judges_against_all_before(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100));
        await browser.SessionAsync(Monday.AddDays(7), Did(Squat, 5, 90));
        await browser.SessionAsync(Monday.AddDays(14), Did(Squat, 5, 95));

        var prs = await browser.GetJsonAsync("/api/v1/analytics/prs?from=2026-11-09");

        Assert.Empty(prs.Items());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_pr_feed_of_a_window_judges_by_each_earlier_sets_own_rpe(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.PatchAsync("/api/v1/account", new { e1rmFormula = "rpe" })).JsonAsync(HttpStatusCode.OK);
        await browser.SessionAsync(Monday, Did(Squat, 5, 100, rpe: 10), Did(Squat, 5, 95, rpe: 6));
        await browser.SessionAsync(Monday.AddDays(7), Did(Squat, 3, 105, rpe: 8));

        var prs = await browser.GetJsonAsync("/api/v1/analytics/prs?from=2026-11-09");

        // 105 × 3 @ 8 (e1RM 121.35) is the heaviest yet, but 95 × 5 @ 6 (125.07) stays the best e1RM though 100 × 5 @ 10 was heavier.
        Assert.Equal([("heaviest", 105.0, 100.0)], Prs(prs));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_a_workout_lists_its_prs_in_the_summary(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100));
        var workout = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workout, Squat, 5, 102.5);

        var summary = (await (await browser.PostAsync($"/api/v1/workouts/{workout}/complete")).JsonAsync(HttpStatusCode.OK)).GetProperty("summary");

        // 102.5 × 5: e1RM 119.58 (Epley) over 116.67.
        Assert.Equal([("heaviest", 102.5, 100.0), ("e1rm", 119.58, 116.67), ("set_volume", 512.5, 500.0), ("rep_max", 102.5, 100.0)],
            summary.GetProperty("prs").EnumerateArray().Select(Pr));
    }

    [Fact]
    public async Task Bad_grouping_and_dates_are_refused_field_by_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var volume = await browser.GetAsync("/api/v1/analytics/volume?by=day&to=yesterday");
        var prs = await browser.GetAsync("/api/v1/analytics/prs?from=2026-11-10&to=2026-11-01");

        Assert.Equal(["by", "to"], (await volume.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["to"], (await prs.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    private static (string, string, double, double)[] Rows(JsonElement volume) =>
        [.. volume.Items().Select(v => (v.GetProperty("weekStart").GetString()!, v.GetProperty("key").GetString()!,
            v.GetProperty("volumeKg").GetDouble(), v.GetProperty("hardSets").GetDouble()))];

    private static (string, double, double)[] Prs(JsonElement list) => [.. list.Items().Select(Pr)];

    private static (string, double, double) Pr(JsonElement pr) =>
        (pr.GetProperty("type").GetString()!, pr.GetProperty("value").GetDouble(), pr.GetProperty("previous").GetDouble());
}
