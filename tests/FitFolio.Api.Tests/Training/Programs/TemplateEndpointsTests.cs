using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Programs;

public sealed class TemplateEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_template_keeps_its_exercises_in_the_order_given(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();

        var response = await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new object[]
            {
                new { exerciseId = TrainingApi.BackSquat, sets = 5, repsMin = 5, repsMax = 5, restSeconds = 180, targetRpe = 8.5, targetWeightKg = 102.05828325 },
                new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 8, repsMax = 12, restSeconds = 90, notes = "pause first rep" },
            },
        });

        var template = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(programId, template.GetProperty("programId").GetGuid());
        Assert.Equal(0, template.GetProperty("position").GetInt32());
        var exercises = template.GetProperty("exercises");
        Assert.Equal("Barbell Back Squat", exercises[0].GetProperty("exerciseName").GetString());
        Assert.Equal(8.5, exercises[0].GetProperty("targetRpe").GetDouble());
        Assert.Equal(102.05828325, exercises[0].GetProperty("targetWeightKg").GetDouble());
        Assert.Equal([0, 1], exercises.EnumerateArray().Select(e => e.GetProperty("position").GetInt32()));
        Assert.Equal("pause first rep", exercises[1].GetProperty("notes").GetString());
        var read = await browser.GetJsonAsync($"/api/v1/programs/{programId}/templates/{template.Id()}");
        Assert.Equal(TrainingApi.BenchPress, read.GetProperty("exercises")[1].GetProperty("exerciseId").GetGuid());
        var program = await browser.GetJsonAsync($"/api/v1/programs/{programId}");
        Assert.Equal(2, program.GetProperty("templates")[0].GetProperty("exerciseCount").GetInt32());
    }

    [Fact]
    public async Task Template_validation_names_each_bad_field_by_its_index()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();

        var response = await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "",
            exercises = new object[]
            {
                TrainingApi.PlannedExercise(TrainingApi.BackSquat),
                new { exerciseId = Guid.NewGuid(), sets = 21, repsMin = 5, repsMax = 5, restSeconds = 60 },
                new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 12, repsMax = 8, restSeconds = 1801, targetRpe = 7.3, targetWeightKg = 1500.5 },
            },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(
            ["exercises[1].exerciseId", "exercises[1].sets", "exercises[2].repsMax", "exercises[2].restSeconds", "exercises[2].targetRpe", "exercises[2].targetWeightKg", "name"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_custom_exercise_cannot_be_planned(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var katesExercise = await kate.CreateExerciseAsync("Viking Press");
        var programId = await sam.CreateProgramAsync();

        var response = await sam.PostAsync($"/api/v1/programs/{programId}/templates", new { name = "Push", exercises = new[] { TrainingApi.PlannedExercise(katesExercise) } });

        Assert.Equal(["exercises[0].exerciseId"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Put_replaces_the_name_and_the_whole_exercise_list(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var templateId = await browser.CreateTemplateAsync(programId, "Day A", TrainingApi.BackSquat, TrainingApi.BenchPress);

        var replaced = await (await browser.PutAsync($"/api/v1/programs/{programId}/templates/{templateId}",
            new { name = "Day A (heavy)", exercises = new[] { TrainingApi.PlannedExercise(TrainingApi.BenchPress, sets: 5, repsMin: 3, repsMax: 3) } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Day A (heavy)", replaced.GetProperty("name").GetString());
        var only = Assert.Single(replaced.GetProperty("exercises").EnumerateArray());
        Assert.Equal(TrainingApi.BenchPress, only.GetProperty("exerciseId").GetGuid());
        Assert.Equal(5, only.GetProperty("sets").GetInt32());
        Assert.Equal(0, only.GetProperty("position").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Templates_are_reordered_duplicated_and_deleted(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var a = await browser.CreateTemplateAsync(programId, "A", TrainingApi.BackSquat);
        var b = await browser.CreateTemplateAsync(programId, "B", TrainingApi.BenchPress);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PutAsync($"/api/v1/programs/{programId}/templates/order", new { templateIds = new[] { b, a } })).StatusCode);
        var copy = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates/{a}/duplicate")).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/programs/{programId}/templates/{b}")).StatusCode);

        Assert.Equal("A (copy)", copy.GetProperty("name").GetString());
        Assert.Equal(TrainingApi.BackSquat, copy.GetProperty("exercises")[0].GetProperty("exerciseId").GetGuid());
        var templates = (await browser.GetJsonAsync($"/api/v1/programs/{programId}")).GetProperty("templates").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString(), t.GetProperty("position").GetInt32()));
        Assert.Equal([("A", 0), ("A (copy)", 1)], templates);
    }

    [Fact]
    public async Task Reordering_must_name_exactly_the_programs_templates()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var a = await browser.CreateTemplateAsync(programId, "A", TrainingApi.BackSquat);
        await browser.CreateTemplateAsync(programId, "B", TrainingApi.BenchPress);

        var missing = await browser.PutAsync($"/api/v1/programs/{programId}/templates/order", new { templateIds = new[] { a } });
        var repeated = await browser.PutAsync($"/api/v1/programs/{programId}/templates/order", new { templateIds = new[] { a, a } });

        Assert.Equal(["templateIds"], (await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["templateIds"], (await repeated.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Duplicating_a_template_named_with_emoji_cuts_the_name_between_whole_characters(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();
        var templateId = await browser.CreateTemplateAsync(programId, string.Concat(Enumerable.Repeat("\U0001F4AA", 50)), TrainingApi.BenchPress);

        var copy = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates/{templateId}/duplicate")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(string.Concat(Enumerable.Repeat("\U0001F4AA", 46)) + " (copy)", copy.GetProperty("name").GetString());
    }
}
