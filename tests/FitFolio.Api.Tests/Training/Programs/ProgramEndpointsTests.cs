using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Programs;

public sealed class ProgramEndpointsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_program_is_created_read_and_listed(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/programs", new { name = " Strength 5x5 ", description = "Three days a week" });

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/programs/{created.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Strength 5x5", created.GetProperty("name").GetString());
        Assert.Equal(0, created.GetProperty("templates").GetArrayLength());
        var read = await browser.GetJsonAsync($"/api/v1/programs/{created.Id()}");
        Assert.Equal("Three days a week", read.GetProperty("description").GetString());
        Assert.Equal(["Strength 5x5"], (await browser.GetJsonAsync("/api/v1/programs")).Names());
    }

    [Fact]
    public async Task A_program_needs_a_name_of_at_most_100_characters()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var missing = await browser.PostAsync("/api/v1/programs", new { description = "no name" });
        var tooLong = await browser.PostAsync("/api/v1/programs", new { name = new string('a', 101) });

        Assert.Equal(["name"], (await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(["name"], (await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_program_is_renamed_and_its_description_cleared(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await (await browser.PostAsync("/api/v1/programs", new { name = "PPL", description = "old" })).JsonAsync(HttpStatusCode.Created)).Id();

        var updated = await (await browser.PatchAsync($"/api/v1/programs/{id}", new { name = "Push Pull Legs", description = "" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Push Pull Legs", updated.GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.GetProperty("description").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_program_deletes_its_templates_but_not_workouts_started_from_them(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateProgramAsync();
        var templateId = await browser.CreateTemplateAsync(id, "Day A", TrainingApi.BackSquat);
        var workout = (await browser.StartWorkoutAsync(templateId)).Id();

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/programs/{id}")).StatusCode);

        await (await browser.GetAsync($"/api/v1/programs/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await browser.GetAsync($"/api/v1/programs/{id}/templates/{templateId}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var kept = await browser.GetJsonAsync($"/api/v1/workouts/{workout}");
        Assert.Equal("Day A", kept.GetProperty("templateName").GetString());
        Assert.Equal(1, kept.GetProperty("plan").GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Duplicating_a_program_copies_its_templates_deeply(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateProgramAsync("PPL");
        var push = await browser.CreateTemplateAsync(id, "Push", TrainingApi.BenchPress);
        await browser.CreateTemplateAsync(id, "Legs", TrainingApi.BackSquat, TrainingApi.BenchPress);

        var copy = await (await browser.PostAsync($"/api/v1/programs/{id}/duplicate")).JsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(id, copy.Id());
        Assert.Equal("PPL (copy)", copy.GetProperty("name").GetString());
        var templates = copy.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(["Push", "Legs"], templates.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([1, 2], templates.Select(t => t.GetProperty("exerciseCount").GetInt32()));
        Assert.DoesNotContain(push, templates.Select(t => t.Id()));
        await (await browser.PutAsync($"/api/v1/programs/{id}/templates/{push}", new { name = "Push v2", exercises = Array.Empty<object>() })).JsonAsync(HttpStatusCode.OK);
        var copiedPush = await browser.GetJsonAsync($"/api/v1/programs/{copy.Id()}/templates/{templates[0].Id()}");
        Assert.Equal(TrainingApi.BenchPress, copiedPush.GetProperty("exercises")[0].GetProperty("exerciseId").GetGuid());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Duplicating_a_program_named_with_emoji_cuts_the_name_between_whole_characters(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync(string.Concat(Enumerable.Repeat("\U0001F4AA", 50)));

        var copy = await (await browser.PostAsync($"/api/v1/programs/{programId}/duplicate")).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(string.Concat(Enumerable.Repeat("\U0001F4AA", 46)) + " (copy)", copy.GetProperty("name").GetString());
    }
}
