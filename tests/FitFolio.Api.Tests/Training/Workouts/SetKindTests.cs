using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Training.Workouts;

/// <summary>A set carries what its exercise's kind measures: required fields are required, fields it does not use are refused.</summary>
public sealed class SetKindTests
{
    private static readonly Guid Plank = Catalogue.IdFor("plank");
    private static readonly Guid FarmersWalk = Catalogue.IdFor("farmers-walk");
    private static readonly Guid PullUp = Catalogue.IdFor("pull-up");

    private static async Task<(FitFolioApp App, TestBrowser Browser, Guid WorkoutId)> WorkoutAsync(DatabaseProvider provider)
    {
        var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        return (app, browser, (await browser.StartWorkoutAsync()).Id());
    }

    private static Task<HttpResponseMessage> PutSetAsync(TestBrowser browser, Guid workoutId, object body) =>
        browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}", body);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_timed_plank_is_stored_with_its_duration_and_no_reps(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;

        var set = await (await PutSetAsync(browser, workoutId, new { exerciseId = Plank, durationSeconds = 90 })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal((90, 0, 0.0), (set.GetProperty("durationSeconds").GetInt32(), set.GetProperty("reps").GetInt32(), set.GetProperty("weightKg").GetDouble()));
        var stored = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0];
        Assert.Equal(90, stored.GetProperty("durationSeconds").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_plank_refuses_reps_and_distance_and_needs_a_time(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;

        var problem = await (await PutSetAsync(browser, workoutId, new { exerciseId = Plank, reps = 10, distanceM = 5 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["distanceM", "durationSeconds", "reps"], problem.ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_loaded_carry_needs_weight_and_distance_keeps_an_optional_time_and_refuses_reps(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;

        var carry = await (await PutSetAsync(browser, workoutId, new { exerciseId = FarmersWalk, weightKg = 40, distanceM = 50, durationSeconds = 35 }))
            .JsonAsync(HttpStatusCode.Created);
        var missing = await (await PutSetAsync(browser, workoutId, new { exerciseId = FarmersWalk, reps = 1 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal((40.0, 50.0, 35), (carry.GetProperty("weightKg").GetDouble(), carry.GetProperty("distanceM").GetDouble(), carry.GetProperty("durationSeconds").GetInt32()));
        Assert.Equal(["distanceM", "reps", "weightKg"], missing.ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_run_needs_a_distance_or_a_time_and_refuses_weight(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;
        var run = await (await browser.PostAsync("/api/v1/exercises",
            new { name = "Easy run", primaryMuscles = new[] { "quadriceps" }, equipment = "other", kind = "distance_time" })).JsonAsync(HttpStatusCode.Created);

        var timeOnly = await PutSetAsync(browser, workoutId, new { exerciseId = run.Id(), durationSeconds = 1800 });
        var neither = await (await PutSetAsync(browser, workoutId, new { exerciseId = run.Id(), weightKg = 10 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal("distance_time", run.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Created, timeOnly.StatusCode);
        Assert.Equal(["durationSeconds", "weightKg"], neither.ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_pull_up_takes_assistance_as_a_negative_load_and_refuses_a_time(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;

        var assisted = await (await PutSetAsync(browser, workoutId, new { exerciseId = PullUp, reps = 8, weightKg = -20 })).JsonAsync(HttpStatusCode.Created);
        var timed = await (await PutSetAsync(browser, workoutId, new { exerciseId = PullUp, reps = 8, durationSeconds = 30 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(-20, assisted.GetProperty("weightKg").GetDouble());
        Assert.Equal(["durationSeconds"], timed.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_barbell_lift_refuses_a_distance_and_a_negative_load(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;

        var problem = await (await PutSetAsync(browser, workoutId, new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = -10, distanceM = 3 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["distanceM", "weightKg"], problem.ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Timed_carried_and_assisted_sets_add_no_volume(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;
        await browser.LogSetAsync(workoutId, TrainingApi.BenchPress, 5, 100);
        await PutSetAsync(browser, workoutId, new { exerciseId = Plank, durationSeconds = 60, weightKg = 20 });
        await PutSetAsync(browser, workoutId, new { exerciseId = FarmersWalk, weightKg = 40, distanceM = 50 });
        await PutSetAsync(browser, workoutId, new { exerciseId = PullUp, reps = 8, weightKg = -20 });

        var completed = await (await browser.PostAsync($"/api/v1/workouts/{workoutId}/complete", new { })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((4, 500.0), (completed.GetProperty("summary").GetProperty("setCount").GetInt32(), completed.GetProperty("summary").GetProperty("totalVolumeKg").GetDouble()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_longest_plank_and_the_longest_carry_are_records_and_warm_ups_are_not(DatabaseProvider provider)
    {
        var (app, browser, workoutId) = await WorkoutAsync(provider);
        await using var _ = app;
        await PutSetAsync(browser, workoutId, new { exerciseId = Plank, durationSeconds = 60 });
        await PutSetAsync(browser, workoutId, new { exerciseId = Plank, durationSeconds = 90 });
        await PutSetAsync(browser, workoutId, new { exerciseId = Plank, durationSeconds = 300, setType = "warmup" });
        await PutSetAsync(browser, workoutId, new { exerciseId = FarmersWalk, weightKg = 40, distanceM = 50 });
        await browser.CompleteAsync(workoutId);

        var plank = await browser.GetJsonAsync($"/api/v1/exercises/{Plank}/records");
        var carry = await browser.GetJsonAsync($"/api/v1/exercises/{FarmersWalk}/records");

        Assert.Equal(90, plank.GetProperty("longestDurationSeconds").GetProperty("value").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, plank.GetProperty("longestDistanceM").ValueKind);
        Assert.Equal(50, carry.GetProperty("longestDistanceM").GetProperty("value").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, carry.GetProperty("heaviestKg").ValueKind);
    }
}
