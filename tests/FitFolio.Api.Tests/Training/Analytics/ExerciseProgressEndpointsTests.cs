using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using static FitFolio.Api.Tests.Training.Analytics.AnalyticsSessions;

namespace FitFolio.Api.Tests.Training.Analytics;

public sealed class ExerciseProgressEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Records_are_the_best_counting_sets_and_sessions(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (first, _) = await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110));
        var (second, ids) = await browser.SessionAsync(Monday.AddDays(2), Did(Squat, 8, 90), Did(Squat, 5, 105), Did(Squat, 1, 120));

        var records = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/records");

        // e1RM (Epley): 116.67, 121, 114, 122.5, 120 · set volume: 500, 330, 720, 525, 120 · sessions: 830, 1365
        AssertRecord(records.GetProperty("heaviestKg"), 120, ids[2], second);
        AssertRecord(records.GetProperty("bestE1rmKg"), 122.5, ids[1], second);
        AssertRecord(records.GetProperty("bestSetVolumeKg"), 720, ids[0], second);
        AssertRecord(records.GetProperty("mostReps"), 8, ids[0], second);
        var session = records.GetProperty("bestSessionVolumeKg");
        Assert.Equal((1365.0, second, JsonValueKind.Null), (session.GetProperty("value").GetDouble(), session.GetProperty("workoutId").GetGuid(), session.GetProperty("setId").ValueKind));
        Assert.NotEqual(first, second);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Rep_maxes_are_the_heaviest_weight_for_each_rep_count_up_to_12(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110), Did(Squat, 15, 60));
        await browser.SessionAsync(Monday.AddDays(2), Did(Squat, 5, 105), Did(Squat, 3, 100), Did(Squat, 1, 120));

        var repMaxes = (await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/records")).GetProperty("repMaxes").EnumerateArray()
            .Select(r => (r.GetProperty("reps").GetInt32(), r.GetProperty("weightKg").GetDouble()));

        Assert.Equal([(1, 120.0), (3, 110.0), (5, 105.0)], repMaxes);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Records_ignore_warm_up_sets(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 10, 140, "warmup"), Did(Squat, 5, 100));

        var records = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/records");

        Assert.Equal(100, records.GetProperty("heaviestKg").GetProperty("value").GetDouble());
        Assert.Equal(5, records.GetProperty("mostReps").GetProperty("value").GetDouble());
        Assert.Equal(500, records.GetProperty("bestSessionVolumeKg").GetProperty("value").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bodyweight_only_sets_count_for_rep_records_only(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var dips = await browser.CreateExerciseAsync("Ring Dip", "triceps", "bodyweight");
        await browser.SessionAsync(Monday, Did(dips, 15, 0), Did(dips, 5, 20));

        var records = await browser.GetJsonAsync($"/api/v1/exercises/{dips}/records");

        Assert.Equal(15, records.GetProperty("mostReps").GetProperty("value").GetDouble());
        Assert.Equal(20, records.GetProperty("heaviestKg").GetProperty("value").GetDouble());
        Assert.Equal(100, records.GetProperty("bestSessionVolumeKg").GetProperty("value").GetDouble());
        Assert.Equal([5], records.GetProperty("repMaxes").EnumerateArray().Select(r => r.GetProperty("reps").GetInt32()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exercise_never_done_has_no_records(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var records = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/records");

        Assert.Equal(JsonValueKind.Null, records.GetProperty("heaviestKg").ValueKind);
        Assert.Equal(0, records.GetProperty("repMaxes").GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exercise_never_done_has_an_empty_history_and_progress(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var history = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/history?page=2");
        var progress = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/progress?metric=topSet");

        Assert.Equal(0, history.GetProperty("total").GetInt32());
        Assert.Equal(0, history.GetProperty("items").GetArrayLength());
        Assert.Equal(0, progress.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task History_lists_sessions_newest_first_with_every_set_and_its_e1rm(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100));
        var (newer, _) = await browser.SessionAsync(Monday.AddDays(3), Did(Squat, 5, 60, "warmup"), Did(Squat, 10, 100), Did(TrainingApi.BenchPress, 5, 80));

        var history = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/history?pageSize=1");

        Assert.Equal((2, 1, 1), (history.GetProperty("total").GetInt32(), history.GetProperty("page").GetInt32(), history.GetProperty("pageSize").GetInt32()));
        var session = Assert.Single(history.Items());
        Assert.Equal(newer, session.GetProperty("workoutId").GetGuid());
        Assert.Equal("2026-11-05", session.GetProperty("date").GetString());
        var sets = session.GetProperty("sets").EnumerateArray().ToArray();
        Assert.Equal(2, sets.Length);
        Assert.Equal(JsonValueKind.Null, sets[0].GetProperty("e1rmKg").ValueKind);
        Assert.Equal(133.33, sets[1].GetProperty("e1rmKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Progress_gives_one_point_per_session_for_each_metric(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110));
        await browser.SessionAsync(Monday.AddDays(7), Did(Squat, 10, 100), Did(Squat, 1, 130, "warmup"));

        var e1rm = await ValuesAsync(browser, "e1rm");
        var topSet = await ValuesAsync(browser, "topSet");
        var volume = await ValuesAsync(browser, "volume");

        Assert.Equal([("2026-11-02", 121.0), ("2026-11-09", 133.33)], e1rm);
        Assert.Equal([("2026-11-02", 110.0), ("2026-11-09", 100.0)], topSet);
        Assert.Equal([("2026-11-02", 830.0), ("2026-11-09", 1000.0)], volume);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Progress_keeps_to_the_sessions_dated_from_to(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100));
        await browser.SessionAsync(Monday.AddDays(7), Did(Squat, 5, 105));
        await browser.SessionAsync(Monday.AddDays(14), Did(Squat, 5, 110));

        var topSet = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/progress?metric=topSet&from=2026-11-09&to=2026-11-09");
        var e1rm = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/progress?metric=e1rm&from=2026-11-09&to=2026-11-09");
        var e1rmSince = await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/progress?metric=e1rm&from=2026-11-09");

        Assert.Equal([105.0], topSet.Items().Select(p => p.GetProperty("value").GetDouble()));
        // Epley: 105 × (1 + 5/30) = 122.5; 110 × (1 + 5/30) = 128.33.
        Assert.Equal([122.5], e1rm.Items().Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal([122.5, 128.33], e1rmSince.Items().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Progress_estimates_with_the_accounts_e1rm_formula(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.PatchAsync("/api/v1/account", new { e1rmFormula = "brzycki" })).JsonAsync(HttpStatusCode.OK);
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 15, 80));

        var e1rm = await ValuesAsync(browser, "e1rm");

        // Brzycki: 100 × 36/32 = 112.5; 15 reps is past its range and gives nothing.
        Assert.Equal([("2026-11-02", 112.5)], e1rm);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_exercise_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var katesOwn = await kate.CreateExerciseAsync("Viking Press");

        foreach (var route in new[] { "history", "records", "progress" })
        {
            await (await sam.GetAsync($"/api/v1/exercises/{katesOwn}/{route}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }
    }

    [Fact]
    public async Task Bad_metric_and_dates_are_refused_field_by_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var badMetric = await browser.GetAsync($"/api/v1/exercises/{Squat}/progress?metric=fastest&from=2026-02-30");
        var backwards = await browser.GetAsync($"/api/v1/exercises/{Squat}/progress?from=2026-11-10&to=2026-11-01");

        Assert.Equal(["metric", "from"], (await badMetric.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["to"], (await backwards.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    private static void AssertRecord(JsonElement record, double value, Guid setId, Guid workoutId) =>
        Assert.Equal((value, setId, workoutId), (record.GetProperty("value").GetDouble(), record.GetProperty("setId").GetGuid(), record.GetProperty("workoutId").GetGuid()));

    private static async Task<(string, double)[]> ValuesAsync(TestBrowser browser, string metric) =>
        [.. (await browser.GetJsonAsync($"/api/v1/exercises/{Squat}/progress?metric={metric}")).Items()
            .Select(p => (p.GetProperty("date").GetString()!, p.GetProperty("value").GetDouble()))];
}
