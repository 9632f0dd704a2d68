using System.Net;
using System.Text.Json;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Tests.Support;

/// <summary>Short ways for training tests to arrange data through the real API.</summary>
internal static class TrainingApi
{
    public static readonly Guid BenchPress = Catalogue.IdFor("barbell-bench-press");
    public static readonly Guid BackSquat = Catalogue.IdFor("barbell-back-squat");

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this TestBrowser browser, string path) =>
        await (await browser.GetAsync(path)).JsonAsync(HttpStatusCode.OK);

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    public static async Task<Guid> CreateExerciseAsync(this TestBrowser browser, string name, string muscle = "shoulders", string equipment = "dumbbell") =>
        (await (await browser.PostAsync("/api/v1/exercises", new { name, primaryMuscles = new[] { muscle }, equipment })).JsonAsync(HttpStatusCode.Created)).Id();

    public static async Task<Guid> CreateProgramAsync(this TestBrowser browser, string name = "Strength 5x5") =>
        (await (await browser.PostAsync("/api/v1/programs", new { name })).JsonAsync(HttpStatusCode.Created)).Id();

    public static object PlannedExercise(Guid exerciseId, int sets = 3, int repsMin = 5, int repsMax = 5) =>
        new { exerciseId, sets, repsMin, repsMax, restSeconds = 180 };

    public static async Task<Guid> CreateTemplateAsync(this TestBrowser browser, Guid programId, string name, params Guid[] exerciseIds) =>
        (await (await browser.PostAsync($"/api/v1/programs/{programId}/templates",
            new { name, exercises = exerciseIds.Select(id => PlannedExercise(id)).ToArray() })).JsonAsync(HttpStatusCode.Created)).Id();

    public static async Task<JsonElement> StartWorkoutAsync(this TestBrowser browser, Guid? templateId = null) =>
        await (await browser.PostAsync("/api/v1/workouts", new { templateId })).JsonAsync(HttpStatusCode.Created);

    public static async Task<Guid> LogSetAsync(this TestBrowser browser, Guid workoutId, Guid exerciseId, int reps, double weightKg, string setType = "working")
    {
        var setId = Guid.NewGuid();
        await (await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", new { exerciseId, reps, weightKg, setType })).JsonAsync(HttpStatusCode.Created);
        return setId;
    }

    public static async Task CompleteAsync(this TestBrowser browser, Guid workoutId) =>
        await (await browser.PostAsync($"/api/v1/workouts/{workoutId}/complete")).JsonAsync(HttpStatusCode.OK);

    public static string[] Names(this JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];

    /// <summary>The ids of a workout's exercise list, in order.</summary>
    public static Guid[] ExerciseIds(this JsonElement workout) =>
        [.. workout.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("exerciseId").GetGuid())];

    public static string[] ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
