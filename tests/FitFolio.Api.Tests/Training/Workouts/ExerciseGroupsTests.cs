using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Tests.Imports;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;

namespace FitFolio.Api.Tests.Training.Workouts;

public sealed class ExerciseGroupsTests
{
    private static readonly Guid Deadlift = Catalogue.IdFor("barbell-deadlift");

    private static int?[] Groups(JsonElement list) =>
        [.. list.EnumerateArray().Select(e => e.GetProperty("group").ValueKind == JsonValueKind.Null ? (int?)null : e.GetProperty("group").GetInt32())];

    private static object Planned(Guid exerciseId, int? group) => new { exerciseId, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 90, group };

    private static string[] Problems(params int?[] groups)
    {
        var errors = new ValidationErrors();
        ExerciseGroups.Validate(errors, groups, i => $"g[{i}]");
        return errors.IsValid ? [] : [.. errors.ToProblem().ProblemDetails.Errors.Keys];
    }

    [Fact]
    public void Two_or_more_consecutive_exercises_with_one_number_are_a_valid_group()
    {
        Assert.Empty(Problems(1, 1, null, 2, 2, 2));
    }

    [Fact]
    public void A_group_of_one_exercise_is_refused_at_its_place()
    {
        Assert.Equal(["g[2]"], Problems(1, 1, 2, null));
    }

    [Fact]
    public void A_group_whose_members_are_apart_is_refused_where_it_comes_back()
    {
        Assert.Equal(["g[3]"], Problems(1, 1, null, 1, 1));
    }

    [Fact]
    public void Normalizing_numbers_groups_in_order_and_drops_runs_of_one()
    {
        Assert.Equal([1, 1, null, 2, 2, null, null], ExerciseGroups.Normalize([7, 7, 3, 5, 5, 7, null]));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_a_workout_from_a_template_copies_its_supersets(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var template = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new[] { Planned(Deadlift, null), Planned(TrainingApi.BenchPress, 4), Planned(TrainingApi.BackSquat, 4) },
        })).JsonAsync(HttpStatusCode.Created);

        var workout = await browser.StartWorkoutAsync(template.Id());

        Assert.Equal([null, 1, 1], Groups(template.GetProperty("exercises")));
        Assert.Equal([null, 1, 1], Groups(workout.GetProperty("exercises")));
    }

    [Fact]
    public async Task A_template_group_of_one_exercise_is_refused_naming_its_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();

        var response = await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new[] { Planned(TrainingApi.BenchPress, 1), Planned(TrainingApi.BackSquat, null), Planned(Deadlift, 1) },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["exercises[0].group", "exercises[2].group"], problem.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_workout_list_saves_groups_and_a_reorder_from_an_older_client_keeps_those_still_together(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        var ids = new[] { TrainingApi.BenchPress, TrainingApi.BackSquat, Deadlift };

        var grouped = await (await browser.PutAsync($"/api/v1/workouts/{workout}/exercises", new { exerciseIds = ids, groups = new int?[] { 3, 3, 3 } }))
            .JsonAsync(HttpStatusCode.OK);
        var reordered = await (await browser.PutAsync($"/api/v1/workouts/{workout}/exercises",
            new { exerciseIds = new[] { TrainingApi.BenchPress, Deadlift, TrainingApi.BackSquat, } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([1, 1, 1], Groups(grouped.GetProperty("exercises")));
        Assert.Equal([1, 1, 1], Groups(reordered.GetProperty("exercises")));
        var split = await (await browser.PutAsync($"/api/v1/workouts/{workout}/exercises", new { exerciseIds = new[] { TrainingApi.BenchPress, Deadlift } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal([1, 1], Groups(split.GetProperty("exercises")));
    }

    [Fact]
    public async Task A_workout_group_whose_members_are_apart_is_refused_naming_the_entry()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PutAsync($"/api/v1/workouts/{workout}/exercises", new
        {
            exerciseIds = new[] { TrainingApi.BenchPress, TrainingApi.BackSquat, Deadlift, Catalogue.IdFor("neutral-grip-pull-up") },
            groups = new int?[] { 1, 1, null, 1 },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["groups[3]"], problem.ErrorFields());
    }

    [Fact]
    public async Task Grouping_another_users_workout_is_not_found()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var katesWorkout = (await kate.StartWorkoutAsync()).Id();

        var response = await sam.PutAsync($"/api/v1/workouts/{katesWorkout}/exercises",
            new { exerciseIds = new[] { TrainingApi.BenchPress, TrainingApi.BackSquat }, groups = new int?[] { 1, 1 } });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await kate.GetJsonAsync($"/api/v1/workouts/{katesWorkout}")).ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Save_as_template_and_update_the_template_keep_the_workouts_groups(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var templateId = await browser.CreateTemplateAsync(programId, "Day A", Deadlift, TrainingApi.BenchPress, TrainingApi.BackSquat);
        var workout = (await browser.StartWorkoutAsync(templateId)).Id();
        (await browser.PutAsync($"/api/v1/workouts/{workout}/exercises", new
        {
            exerciseIds = new[] { Deadlift, TrainingApi.BenchPress, TrainingApi.BackSquat },
            groups = new int?[] { null, 1, 1 },
        })).EnsureSuccessStatusCode();
        foreach (var exercise in new[] { Deadlift, TrainingApi.BenchPress, TrainingApi.BackSquat })
        {
            await browser.LogSetAsync(workout, exercise, 5, 100);
        }

        await browser.CompleteAsync(workout);

        var saved = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates/from-workout", new { workoutId = workout, name = "Copy" }))
            .JsonAsync(HttpStatusCode.Created);
        var updated = await (await browser.PostAsync($"/api/v1/workouts/{workout}/template-update")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([null, 1, 1], Groups(saved.GetProperty("exercises")));
        Assert.Equal([null, 1, 1], Groups(updated.GetProperty("exercises")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_hevy_superset_id_becomes_the_imported_workouts_group(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        const string Workout = "\"Upper\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"\",";
        var text = ExportFiles.HevyKgHeader + "\n"
            + Workout + "\"Deadlift (Barbell)\",\"\",\"\",\"0\",\"normal\",\"140\",\"5\",\"\",\"\",\"\"\n"
            + Workout + "\"Bench Press (Barbell)\",\"0\",\"\",\"0\",\"normal\",\"60\",\"8\",\"\",\"\",\"\"\n"
            + Workout + "\"Squat (Barbell)\",\"0\",\"\",\"0\",\"normal\",\"100\",\"5\",\"\",\"\",\"\"\n";

        await browser.CommitAsync((await browser.PreviewAsync(text)).Id());

        var listed = await browser.GetJsonAsync("/api/v1/workouts");
        var workout = await browser.GetJsonAsync($"/api/v1/workouts/{listed.GetProperty("items")[0].Id()}");
        Assert.Equal([null, 1, 1], Groups(workout.GetProperty("exercises")));
    }
}
