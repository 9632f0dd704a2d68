using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Account;

public sealed class OtherUsersTrainingDataTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_training_route_answers_not_found_for_another_users_ids_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var exercise = await kate.CreateExerciseAsync("Viking Press");
        var program = await kate.CreateProgramAsync();
        var template = await kate.CreateTemplateAsync(program, "Day A", exercise, TrainingApi.BackSquat);
        var done = (await kate.StartWorkoutAsync(template)).Id();
        var set = await kate.LogSetAsync(done, exercise, 8, 40);
        await kate.CompleteAsync(done);
        var open = (await kate.StartWorkoutAsync(template)).Id();
        var openSet = await kate.LogSetAsync(open, TrainingApi.BackSquat, 5, 100);
        string[] katesViews =
        [
            "/api/v1/exercises?includeArchived=true", $"/api/v1/exercises/{exercise}/last-performance", "/api/v1/programs",
            $"/api/v1/programs/{program}", $"/api/v1/programs/{program}/templates/{template}", "/api/v1/workouts",
            $"/api/v1/workouts/{done}", $"/api/v1/workouts/{open}",
        ];
        var before = await SnapshotAsync(kate, katesViews);
        var samsWorkout = (await sam.StartWorkoutAsync()).Id();
        var setBody = new { exerciseId = TrainingApi.BackSquat, reps = 1, weightKg = 1 };
        var templateBody = new { name = "Mine now", exercises = new[] { TrainingApi.PlannedExercise(TrainingApi.BackSquat) } };

        (string Name, Func<Task<HttpResponseMessage>> Call)[] attempts =
        [
            ("PATCH exercise", () => sam.PatchAsync($"/api/v1/exercises/{exercise}", new { name = "Hijacked" })),
            ("DELETE exercise", () => sam.DeleteAsync($"/api/v1/exercises/{exercise}")),
            ("GET last performance", () => sam.GetAsync($"/api/v1/exercises/{exercise}/last-performance")),
            ("GET program", () => sam.GetAsync($"/api/v1/programs/{program}")),
            ("PATCH program", () => sam.PatchAsync($"/api/v1/programs/{program}", new { name = "Hijacked" })),
            ("DELETE program", () => sam.DeleteAsync($"/api/v1/programs/{program}")),
            ("POST program duplicate", () => sam.PostAsync($"/api/v1/programs/{program}/duplicate")),
            ("POST template", () => sam.PostAsync($"/api/v1/programs/{program}/templates", templateBody)),
            ("GET template", () => sam.GetAsync($"/api/v1/programs/{program}/templates/{template}")),
            ("PUT template", () => sam.PutAsync($"/api/v1/programs/{program}/templates/{template}", templateBody)),
            ("DELETE template", () => sam.DeleteAsync($"/api/v1/programs/{program}/templates/{template}")),
            ("POST template duplicate", () => sam.PostAsync($"/api/v1/programs/{program}/templates/{template}/duplicate")),
            ("PUT template order", () => sam.PutAsync($"/api/v1/programs/{program}/templates/order", new { templateIds = new[] { template } })),
            ("POST workout from template", () => sam.PostAsync("/api/v1/workouts", new { templateId = template })),
            ("GET workout", () => sam.GetAsync($"/api/v1/workouts/{done}")),
            ("PATCH workout", () => sam.PatchAsync($"/api/v1/workouts/{done}", new { notes = "Hijacked" })),
            ("POST complete", () => sam.PostAsync($"/api/v1/workouts/{open}/complete")),
            ("POST abandon", () => sam.PostAsync($"/api/v1/workouts/{open}/abandon")),
            ("PUT set", () => sam.PutAsync($"/api/v1/workouts/{done}/sets/{set}", setBody)),
            ("PUT new set", () => sam.PutAsync($"/api/v1/workouts/{open}/sets/{Guid.NewGuid()}", setBody)),
            ("DELETE set", () => sam.DeleteAsync($"/api/v1/workouts/{open}/sets/{openSet}")),
            ("PUT set id into own workout", () => sam.PutAsync($"/api/v1/workouts/{samsWorkout}/sets/{set}", setBody)),
            ("DELETE set id via own workout", () => sam.DeleteAsync($"/api/v1/workouts/{samsWorkout}/sets/{set}")),
            ("PATCH set notes", () => sam.PatchAsync($"/api/v1/workouts/{done}/sets/{set}", new { notes = "Hijacked" })),
            ("PATCH set id via own workout", () => sam.PatchAsync($"/api/v1/workouts/{samsWorkout}/sets/{set}", new { notes = "Hijacked" })),
            ("PUT workout exercises", () => sam.PutAsync($"/api/v1/workouts/{open}/exercises", new { exerciseIds = new[] { TrainingApi.BackSquat } })),
            ("GET previous", () => sam.GetAsync($"/api/v1/workouts/{open}/previous")),
            ("DELETE workout", () => sam.DeleteAsync($"/api/v1/workouts/{done}")),
            ("DELETE open workout", () => sam.DeleteAsync($"/api/v1/workouts/{open}")),
        ];

        foreach (var (name, call) in attempts)
        {
            var response = await call();
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: expected 404, got {(int)response.StatusCode} {body}");
            await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        Assert.Empty((await sam.GetJsonAsync("/api/v1/exercises?search=viking&includeArchived=true")).Names());
        Assert.Empty((await sam.GetJsonAsync("/api/v1/programs")).Names());
        Assert.Equal(1, (await sam.GetJsonAsync("/api/v1/workouts")).GetProperty("total").GetInt32());
        Assert.Equal(before, await SnapshotAsync(kate, katesViews));
    }

    private static async Task<List<string>> SnapshotAsync(TestBrowser browser, IEnumerable<string> paths)
    {
        var views = new List<string>();
        foreach (var path in paths)
        {
            var response = await browser.GetAsync(path);
            views.Add($"{path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return views;
    }
}
