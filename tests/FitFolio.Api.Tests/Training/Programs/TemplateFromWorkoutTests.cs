using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Training.Programs;

public sealed class TemplateFromWorkoutTests
{
    private static readonly Guid Deadlift = Catalogue.IdFor("barbell-deadlift");

    private static string Summary(JsonElement exercise) =>
        $"{exercise.GetProperty("exerciseName").GetString()} {exercise.GetProperty("sets").GetInt32()} × {exercise.GetProperty("repsMin").GetInt32()}-"
        + $"{exercise.GetProperty("repsMax").GetInt32()} @ {(exercise.GetProperty("targetWeightKg").ValueKind == JsonValueKind.Null ? "-" : exercise.GetProperty("targetWeightKg").GetDouble())}";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Save_as_template_lists_the_workouts_exercises_in_order_with_working_sets_rep_range_and_top_weight(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 10, 40, "warmup");
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 8, 60);
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 7, 62.5);
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 6, 62.5);
        await browser.LogSetAsync(workout, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(workout, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(workout);

        var template = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates/from-workout", new { workoutId = workout, name = " Push day " }))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Push day", template.GetProperty("name").GetString());
        Assert.Equal(["Barbell Bench Press 3 × 6-8 @ 62.5", "Barbell Back Squat 2 × 5-5 @ 100"], template.GetProperty("exercises").EnumerateArray().Select(Summary));
        var read = await browser.GetJsonAsync($"/api/v1/programs/{programId}/templates/{template.Id()}");
        Assert.Equal(2, read.GetProperty("exercises").GetArrayLength());
    }

    [Fact]
    public async Task Save_as_template_refuses_another_users_workout_or_program_as_not_found()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var katesProgram = await kate.CreateProgramAsync();
        var katesWorkout = (await kate.StartWorkoutAsync()).Id();
        await kate.LogSetAsync(katesWorkout, TrainingApi.BackSquat, 5, 100);
        var samsProgram = await sam.CreateProgramAsync();
        var samsWorkout = (await sam.StartWorkoutAsync()).Id();
        await sam.LogSetAsync(samsWorkout, TrainingApi.BackSquat, 5, 100);

        var theirWorkout = await sam.PostAsync($"/api/v1/programs/{samsProgram}/templates/from-workout", new { workoutId = katesWorkout, name = "Mine" });
        var theirProgram = await sam.PostAsync($"/api/v1/programs/{katesProgram}/templates/from-workout", new { workoutId = samsWorkout, name = "Mine" });

        await theirWorkout.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await theirProgram.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(0, (await kate.GetJsonAsync($"/api/v1/programs/{katesProgram}")).GetProperty("templates").GetArrayLength());
    }

    [Fact]
    public async Task Save_as_template_from_a_workout_without_working_sets_names_the_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 10, 40, "warmup");

        var response = await browser.PostAsync($"/api/v1/programs/{programId}/templates/from-workout", new { workoutId = workout, name = "" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["name"], problem.ErrorFields());
    }

    /// <summary>Template: squat 3 × 5 @ 100, bench 3 × 8-12 @ 50, deadlift 1 × 5 @ 140. The workout: squat 4 × 5 @ 105, bench skipped, deadlift taken off, rows added.</summary>
    private static async Task<(Guid ProgramId, Guid TemplateId, Guid WorkoutId)> FinishedWorkoutThatChangedThePlanAsync(TestBrowser browser)
    {
        var programId = await browser.CreateProgramAsync();
        var templateId = (await (await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new object[]
            {
                new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 180, targetWeightKg = 100 },
                new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 8, repsMax = 12, restSeconds = 90, targetWeightKg = 50 },
                new { exerciseId = Deadlift, sets = 1, repsMin = 5, repsMax = 5, restSeconds = 240, targetWeightKg = 140 },
            },
        })).JsonAsync(HttpStatusCode.Created)).Id();
        var workout = (await browser.StartWorkoutAsync(templateId)).Id();
        (await browser.PutAsync($"/api/v1/workouts/{workout}/exercises", new { exerciseIds = new[] { TrainingApi.BackSquat, TrainingApi.BenchPress } })).EnsureSuccessStatusCode();
        for (var i = 0; i < 4; i++)
        {
            await browser.LogSetAsync(workout, TrainingApi.BackSquat, 5, 105);
        }

        var row = await browser.CreateExerciseAsync("Seal Row", "upper_back", "barbell");
        await browser.LogSetAsync(workout, row, 10, 60);
        await browser.LogSetAsync(workout, row, 12, 60);
        await browser.CompleteAsync(workout);
        return (programId, templateId, workout);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_update_preview_shows_each_change_and_applying_it_rewrites_the_template(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (programId, templateId, workout) = await FinishedWorkoutThatChangedThePlanAsync(browser);

        var preview = await browser.GetJsonAsync($"/api/v1/workouts/{workout}/template-update");
        var template = await (await browser.PostAsync($"/api/v1/workouts/{workout}/template-update")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(templateId, preview.GetProperty("templateId").GetGuid());
        Assert.Equal(
            ["Barbell Back Squat updated", "Barbell Bench Press unchanged", "Seal Row added", "Barbell Deadlift removed"],
            preview.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("exerciseName").GetString()} {c.GetProperty("change").GetString()}"));
        var squat = preview.GetProperty("changes")[0];
        Assert.Equal((3, 100.0, 4, 105.0), (squat.GetProperty("before").GetProperty("sets").GetInt32(), squat.GetProperty("before").GetProperty("targetWeightKg").GetDouble(),
            squat.GetProperty("after").GetProperty("sets").GetInt32(), squat.GetProperty("after").GetProperty("targetWeightKg").GetDouble()));
        Assert.Equal(["Barbell Back Squat 4 × 5-5 @ 105", "Barbell Bench Press 3 × 8-12 @ 50", "Seal Row 2 × 10-12 @ 60"],
            template.GetProperty("exercises").EnumerateArray().Select(Summary));
        var read = await browser.GetJsonAsync($"/api/v1/programs/{programId}/templates/{templateId}");
        Assert.Equal([0, 1, 2], read.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task The_preview_changes_nothing()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (programId, templateId, workout) = await FinishedWorkoutThatChangedThePlanAsync(browser);

        await browser.GetJsonAsync($"/api/v1/workouts/{workout}/template-update");

        var read = await browser.GetJsonAsync($"/api/v1/programs/{programId}/templates/{templateId}");
        Assert.Equal(["Barbell Back Squat 3 × 5-5 @ 100", "Barbell Bench Press 3 × 8-12 @ 50", "Barbell Deadlift 1 × 5-5 @ 140"],
            read.GetProperty("exercises").EnumerateArray().Select(Summary));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Updating_the_template_from_another_users_workout_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var (programId, templateId, workout) = await FinishedWorkoutThatChangedThePlanAsync(kate);

        var preview = await sam.GetAsync($"/api/v1/workouts/{workout}/template-update");
        var apply = await sam.PostAsync($"/api/v1/workouts/{workout}/template-update");

        await preview.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await apply.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var read = await kate.GetJsonAsync($"/api/v1/programs/{programId}/templates/{templateId}");
        Assert.Equal(3, read.GetProperty("exercises").GetArrayLength());
    }

    [Fact]
    public async Task A_workout_without_a_template_or_not_finished_cannot_update_one()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var empty = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(empty, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(empty);
        var programId = await browser.CreateProgramAsync();
        var open = (await browser.StartWorkoutAsync(await browser.CreateTemplateAsync(programId, "Day A", TrainingApi.BackSquat))).Id();

        var withoutTemplate = await browser.PostAsync($"/api/v1/workouts/{empty}/template-update");
        var notFinished = await browser.PostAsync($"/api/v1/workouts/{open}/template-update");

        await withoutTemplate.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        await notFinished.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task After_updating_the_template_the_next_workout_applies_the_rule_to_what_was_done()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var templateId = (await (await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new[] { new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 180, targetWeightKg = 100, progression = "linear", incrementKg = 2.5 } },
        })).JsonAsync(HttpStatusCode.Created)).Id();
        var workout = (await browser.StartWorkoutAsync(templateId)).Id();
        for (var i = 0; i < 3; i++)
        {
            await browser.LogSetAsync(workout, TrainingApi.BackSquat, 5, 110);
        }

        await browser.CompleteAsync(workout);
        await (await browser.PostAsync($"/api/v1/workouts/{workout}/template-update")).JsonAsync(HttpStatusCode.OK);

        var plan = (await browser.StartWorkoutAsync(templateId)).GetProperty("plan")[0];

        Assert.Equal((112.5, "+2.5 kg: all sets hit 5"), (plan.GetProperty("targetWeightKg").GetDouble(), plan.GetProperty("progressionReason").GetString()));
    }
}
