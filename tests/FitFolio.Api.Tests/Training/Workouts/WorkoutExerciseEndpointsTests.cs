using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Training.Workouts;

public sealed class WorkoutExerciseEndpointsTests
{
    private static readonly Guid Deadlift = Catalogue.IdFor("barbell-deadlift");

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exercise_added_without_any_set_stays_on_the_workout(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();

        var updated = await (await browser.PutAsync($"/api/v1/workouts/{id}/exercises", new { exerciseIds = new[] { TrainingApi.BenchPress, TrainingApi.BackSquat } }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal([TrainingApi.BenchPress, TrainingApi.BackSquat], updated.ExerciseIds());
        var reread = await browser.GetJsonAsync($"/api/v1/workouts/{id}");
        Assert.Equal([TrainingApi.BenchPress, TrainingApi.BackSquat], reread.ExerciseIds());
        Assert.Equal("Barbell Bench Press", reread.GetProperty("exercises")[0].GetProperty("exerciseName").GetString());
        Assert.Equal("barbell", reread.GetProperty("exercises")[0].GetProperty("equipment").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Replacing_the_list_reorders_adds_and_removes_exercises(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        var path = $"/api/v1/workouts/{id}/exercises";
        await (await browser.PutAsync(path, new { exerciseIds = new[] { TrainingApi.BenchPress, TrainingApi.BackSquat } })).JsonAsync(HttpStatusCode.OK);

        await (await browser.PutAsync(path, new { exerciseIds = new[] { Deadlift, TrainingApi.BackSquat } })).JsonAsync(HttpStatusCode.OK);
        var again = await (await browser.PutAsync(path, new { exerciseIds = new[] { Deadlift, TrainingApi.BackSquat } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([Deadlift, TrainingApi.BackSquat], again.ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Concurrent_saves_of_the_list_never_fail_and_one_of_them_wins_whole(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        Guid[][] orders = [[TrainingApi.BenchPress, TrainingApi.BackSquat, Deadlift], [Deadlift, TrainingApi.BenchPress], [TrainingApi.BackSquat, Deadlift]];

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            browser.PutAsync($"/api/v1/workouts/{id}/exercises", new { exerciseIds = orders[i % orders.Length] })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var final = (await browser.GetJsonAsync($"/api/v1/workouts/{id}")).ExerciseIds();
        Assert.Contains(orders, order => order.SequenceEqual(final));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Logging_a_set_puts_its_exercise_at_the_end_of_the_list(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await (await browser.PutAsync($"/api/v1/workouts/{id}/exercises", new { exerciseIds = new[] { TrainingApi.BenchPress } })).JsonAsync(HttpStatusCode.OK);

        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);

        Assert.Equal([TrainingApi.BenchPress, TrainingApi.BackSquat], (await browser.GetJsonAsync($"/api/v1/workouts/{id}")).ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_workout_from_a_template_lists_its_planned_exercises_in_order(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var template = await browser.CreateTemplateAsync(await browser.CreateProgramAsync(), "Day A", TrainingApi.BackSquat, TrainingApi.BenchPress, TrainingApi.BackSquat);

        var workout = await browser.StartWorkoutAsync(template);

        Assert.Equal([TrainingApi.BackSquat, TrainingApi.BenchPress], workout.ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exercise_with_logged_sets_cannot_be_taken_off(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);

        var problem = await (await browser.PutAsync($"/api/v1/workouts/{id}/exercises", new { exerciseIds = new[] { TrainingApi.BenchPress } }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "exercise_has_sets");

        Assert.Equal([TrainingApi.BackSquat], problem.GetProperty("exerciseIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal([TrainingApi.BackSquat], (await browser.GetJsonAsync($"/api/v1/workouts/{id}")).ExerciseIds());
    }

    [Fact]
    public async Task Unknown_repeated_or_missing_exercises_are_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        var path = $"/api/v1/workouts/{id}/exercises";

        var unknown = await (await browser.PutAsync(path, new { exerciseIds = new[] { TrainingApi.BackSquat, Guid.NewGuid() } })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var repeated = await (await browser.PutAsync(path, new { exerciseIds = new[] { TrainingApi.BackSquat, TrainingApi.BackSquat } })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var missing = await (await browser.PutAsync(path, new { })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["exerciseIds[1]"], unknown.ErrorFields());
        Assert.Equal(["exerciseIds"], repeated.ErrorFields());
        Assert.Equal(["exerciseIds"], missing.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Previous_gives_last_times_sets_in_order_and_an_empty_list_for_an_exercise_never_done(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var older = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(older, TrainingApi.BackSquat, 3, 150);
        await browser.CompleteAsync(older);
        app.Time!.Advance(TimeSpan.FromDays(2));
        var last = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(last, TrainingApi.BackSquat, 5, 60, "warmup");
        app.Time.Advance(TimeSpan.FromMinutes(3));
        await (await browser.PutAsync($"/api/v1/workouts/{last}/sets/{Guid.NewGuid()}", new { exerciseId = TrainingApi.BackSquat, reps = 6, weightKg = 80, rpe = 8 }))
            .JsonAsync(HttpStatusCode.Created);
        app.Time.Advance(TimeSpan.FromMinutes(3));
        await browser.LogSetAsync(last, TrainingApi.BackSquat, 5, 80);
        await browser.CompleteAsync(last);
        app.Time.Advance(TimeSpan.FromDays(2));
        var today = (await browser.StartWorkoutAsync()).Id();
        await (await browser.PutAsync($"/api/v1/workouts/{today}/exercises", new { exerciseIds = new[] { TrainingApi.BackSquat, Deadlift } })).JsonAsync(HttpStatusCode.OK);

        var previous = (await browser.GetJsonAsync($"/api/v1/workouts/{today}/previous")).GetProperty("items");

        Assert.Equal(2, previous.GetArrayLength());
        var squat = previous[0];
        Assert.Equal(TrainingApi.BackSquat, squat.GetProperty("exerciseId").GetGuid());
        Assert.Equal(last, squat.GetProperty("workoutId").GetGuid());
        Assert.Equal(["warmup 60x5", "working 80x6@8", "working 80x5"], squat.GetProperty("sets").EnumerateArray().Select(Describe));
        var deadlift = previous[1];
        Assert.Equal(Deadlift, deadlift.GetProperty("exerciseId").GetGuid());
        Assert.Equal(JsonValueKind.Null, deadlift.GetProperty("workoutId").ValueKind);
        Assert.Equal(0, deadlift.GetProperty("sets").GetArrayLength());
        var fromTheOlderOne = (await browser.GetJsonAsync($"/api/v1/workouts/{last}/previous")).GetProperty("items")[0];
        Assert.Equal(older, fromTheOlderOne.GetProperty("workoutId").GetGuid());
    }


    private static string Describe(JsonElement set) =>
        $"{set.GetProperty("setType").GetString()} {set.GetProperty("weightKg").GetDouble()}x{set.GetProperty("reps").GetInt32()}"
        + (set.GetProperty("rpe").ValueKind == JsonValueKind.Null ? "" : $"@{set.GetProperty("rpe").GetDouble()}");
}
