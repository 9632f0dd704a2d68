using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Equipment;

public sealed class WarmupEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_default_ramp_goes_before_the_first_working_set_and_adds_no_volume(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 5, 100);

        var inserted = await (await browser.PostAsync($"/api/v1/workouts/{workout}/warmups", new { exerciseId = TrainingApi.BenchPress })).JsonAsync(HttpStatusCode.OK);
        var sets = await browser.GetJsonAsync($"/api/v1/workouts/{workout}");

        Assert.Equal(["20×10", "40×5", "60×3", "80×1"], Sets(inserted.GetProperty("items")));
        Assert.Equal(["warmup 20×10", "warmup 40×5", "warmup 60×3", "warmup 80×1", "working 100×5"], sets.GetProperty("sets").EnumerateArray()
            .OrderBy(s => s.GetProperty("completedAt").GetDateTimeOffset())
            .Select(s => $"{s.GetProperty("setType").GetString()} {s.GetProperty("weightKg").GetDouble()}×{s.GetProperty("reps").GetInt32()}"));
        Assert.Equal(500, sets.GetProperty("totalVolumeKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Inserting_again_replaces_the_ramp_instead_of_adding_a_second(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        var path = $"/api/v1/workouts/{workout}/warmups";

        await (await browser.PostAsync(path, new { exerciseId = TrainingApi.BackSquat, workingWeightKg = 100 })).JsonAsync(HttpStatusCode.OK);
        await (await browser.PostAsync(path, new { exerciseId = TrainingApi.BackSquat, workingWeightKg = 100 })).JsonAsync(HttpStatusCode.OK);
        var heavier = await (await browser.PostAsync(path, new { exerciseId = TrainingApi.BackSquat, workingWeightKg = 142.5 })).JsonAsync(HttpStatusCode.OK);
        var sets = (await browser.GetJsonAsync($"/api/v1/workouts/{workout}")).GetProperty("sets");

        // 142.5 kg: 40 % = 57 → 57.5, 60 % = 85.5 → 85, 80 % = 114 → 115 (the nearest loadable weights).
        Assert.Equal(["20×10", "57.5×5", "85×3", "115×1"], Sets(heavier.GetProperty("items")));
        Assert.Equal(["20×10", "57.5×5", "85×3", "115×1"], Sets(sets));
        Assert.Equal([TrainingApi.BackSquat], (await browser.GetJsonAsync($"/api/v1/workouts/{workout}")).ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_bar_chosen_for_the_exercise_and_the_accounts_plates_shape_the_ramp(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.PutAsync($"/api/v1/equipment/exercises/{TrainingApi.BenchPress}", new { bar = "womens_bar" })).JsonAsync(HttpStatusCode.OK);
        var workout = (await browser.StartWorkoutAsync()).Id();

        var inserted = await (await browser.PostAsync($"/api/v1/workouts/{workout}/warmups", new { exerciseId = TrainingApi.BenchPress, workingWeightKg = 55 }))
            .JsonAsync(HttpStatusCode.OK);

        // A 15 kg bar: 40 % = 22 → 22.5, 60 % = 33 → 32.5, 80 % = 44 → 45.
        Assert.Equal(["15×10", "22.5×5", "32.5×3", "45×1"], Sets(inserted.GetProperty("items")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_pound_account_ramps_in_pound_plates_on_a_45_lb_bar(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await (await browser.SendAsync(HttpMethod.Patch, "/api/v1/account", new { unit = "lb" })).JsonAsync(HttpStatusCode.OK);
        var workout = (await browser.StartWorkoutAsync()).Id();

        var inserted = await (await browser.PostAsync($"/api/v1/workouts/{workout}/warmups", new { exerciseId = TrainingApi.BenchPress, workingWeightKg = 225 * 0.45359237 }))
            .JsonAsync(HttpStatusCode.OK);

        // 225 lb: bar 45; 40 % = 90; 60 % = 135; 80 % = 180 — each loads exactly with lb plates.
        Assert.Equal([45, 90, 135, 180], inserted.GetProperty("items").EnumerateArray().Select(s => Math.Round(s.GetProperty("weightKg").GetDouble() / 0.45359237, 6)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Without_a_working_weight_nothing_is_inserted(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();

        var problem = await (await browser.PostAsync($"/api/v1/workouts/{workout}/warmups", new { exerciseId = TrainingApi.BenchPress }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["workingWeightKg"], problem.ErrorFields());
        Assert.Empty((await browser.GetJsonAsync($"/api/v1/workouts/{workout}")).GetProperty("sets").EnumerateArray());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_workout_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var samsWorkout = (await sam.StartWorkoutAsync()).Id();
        await sam.LogSetAsync(samsWorkout, TrainingApi.BenchPress, 5, 100);

        await (await kate.PostAsync($"/api/v1/workouts/{samsWorkout}/warmups", new { exerciseId = TrainingApi.BenchPress, workingWeightKg = 100 }))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Single((await sam.GetJsonAsync($"/api/v1/workouts/{samsWorkout}")).GetProperty("sets").EnumerateArray());
    }

    private static string[] Sets(JsonElement sets) =>
        [.. sets.EnumerateArray().Where(s => s.GetProperty("setType").GetString() == "warmup")
            .OrderBy(s => s.GetProperty("completedAt").GetDateTimeOffset())
            .Select(s => $"{s.GetProperty("weightKg").GetDouble()}×{s.GetProperty("reps").GetInt32()}")];
}
