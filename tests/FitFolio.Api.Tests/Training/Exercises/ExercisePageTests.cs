using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Training.Exercises;

/// <summary>An exercise's page: its kind and instructions, and the user's own note on it.</summary>
public sealed class ExercisePageTests
{
    private static readonly Guid Plank = Catalogue.IdFor("plank");

    [Fact]
    public void Every_built_in_has_a_kind_and_instructions_in_three_parts()
    {
        Assert.All(Catalogue.Exercises, e =>
        {
            Assert.Contains(e.Kind, ExerciseKinds.All);
            Assert.False(string.IsNullOrWhiteSpace(e.Instructions.Setup), e.Slug);
            Assert.False(string.IsNullOrWhiteSpace(e.Instructions.Execution), e.Slug);
            Assert.False(string.IsNullOrWhiteSpace(e.Instructions.Mistakes), e.Slug);
        });
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_built_in_is_served_with_its_kind_muscles_equipment_and_instructions(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var plank = await browser.GetJsonAsync($"/api/v1/exercises/{Plank}");

        var entry = Catalogue.Exercises.Single(e => e.Slug == "plank");
        Assert.Equal(("Plank", "time", "bodyweight"), (plank.GetProperty("name").GetString(), plank.GetProperty("kind").GetString(), plank.GetProperty("equipment").GetString()));
        Assert.Equal(["abdominals"], plank.GetProperty("primaryMuscles").EnumerateArray().Select(m => m.GetString()));
        var instructions = plank.GetProperty("instructions");
        Assert.Equal(entry.Instructions.Setup, instructions.GetProperty("setup").GetString());
        Assert.Equal(entry.Instructions.Execution, instructions.GetProperty("execution").GetString());
        Assert.Equal(entry.Instructions.Mistakes, instructions.GetProperty("mistakes").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_custom_exercise_keeps_the_kind_it_was_given_and_has_no_instructions(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var sled = await (await browser.PostAsync("/api/v1/exercises",
            new { name = "Prowler", primaryMuscles = new[] { "quadriceps" }, equipment = "other", kind = "weight_distance" })).JsonAsync(HttpStatusCode.Created);
        var dip = await browser.CreateExerciseAsync("Ring Dip", "triceps", "bodyweight");

        await (await browser.PatchAsync($"/api/v1/exercises/{sled.Id()}", new { kind = "distance_time" })).JsonAsync(HttpStatusCode.OK);
        var bad = await browser.PatchAsync($"/api/v1/exercises/{sled.Id()}", new { kind = "cardio" });

        var detail = await browser.GetJsonAsync($"/api/v1/exercises/{sled.Id()}");
        Assert.Equal("distance_time", detail.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("instructions").ValueKind);
        Assert.Equal("bodyweight_reps", (await browser.GetJsonAsync($"/api/v1/exercises/{dip}")).GetProperty("kind").GetString());
        Assert.Equal(["kind"], (await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_note_is_saved_read_back_replaced_and_removed_when_blank(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var path = $"/api/v1/exercises/{TrainingApi.BenchPress}/note";

        var none = await browser.GetJsonAsync(path);
        await (await browser.PutAsync(path, new { text = " Feet under the knees " })).JsonAsync(HttpStatusCode.OK);
        var first = await browser.GetJsonAsync(path);
        await (await browser.PutAsync(path, new { text = "Arch, then touch low" })).JsonAsync(HttpStatusCode.OK);
        var second = await browser.GetJsonAsync(path);
        await (await browser.PutAsync(path, new { text = "  " })).JsonAsync(HttpStatusCode.OK);
        var removed = await browser.GetJsonAsync(path);

        Assert.Equal(("", JsonValueKind.Null), (none.GetProperty("text").GetString(), none.GetProperty("updatedAt").ValueKind));
        Assert.Equal("Feet under the knees", first.GetProperty("text").GetString());
        Assert.Equal("Arch, then touch low", second.GetProperty("text").GetString());
        Assert.Equal(("", JsonValueKind.Null), (removed.GetProperty("text").GetString(), removed.GetProperty("updatedAt").ValueKind));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Notes_are_private_and_another_users_custom_exercise_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var owner = new TestBrowser(app);
        await owner.SignInDirectlyAsync();
        var mine = await owner.CreateExerciseAsync("Viking Press");
        await owner.PutAsync($"/api/v1/exercises/{TrainingApi.BenchPress}/note", new { text = "owner's cue" });
        var stranger = new TestBrowser(app);
        await stranger.SignInDirectlyAsync("stranger@example.com");

        var builtIn = await stranger.GetJsonAsync($"/api/v1/exercises/{TrainingApi.BenchPress}/note");
        var read = await stranger.GetAsync($"/api/v1/exercises/{mine}/note");
        var write = await stranger.PutAsync($"/api/v1/exercises/{mine}/note", new { text = "mine now" });
        var detail = await stranger.GetAsync($"/api/v1/exercises/{mine}");

        Assert.Equal("", builtIn.GetProperty("text").GetString());
        await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await write.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await detail.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_note_longer_than_the_limit_is_refused(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PutAsync($"/api/v1/exercises/{Plank}/note", new { text = new string('x', ExerciseNote.MaxLength + 1) });

        Assert.Equal(["text"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }
}
