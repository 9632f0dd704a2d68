using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Workouts;

/// <summary>What a device that was offline sends when the signal is back: a start with its own id, and sets edited elsewhere meanwhile.</summary>
public sealed class OfflineWorkoutTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_start_with_a_client_id_sent_again_answers_with_the_same_workout_and_makes_no_second(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var templateId = await browser.CreateTemplateAsync(await browser.CreateProgramAsync(), "Day A", TrainingApi.BackSquat);
        var id = Guid.NewGuid();

        var first = await (await browser.PostAsync("/api/v1/workouts", new { id, templateId })).JsonAsync(HttpStatusCode.Created);
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        var again = await (await browser.PostAsync("/api/v1/workouts", new { id, templateId })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(id, first.Id());
        Assert.Equal(id, again.Id());
        Assert.Equal("Barbell Back Squat", first.GetProperty("plan")[0].GetProperty("exerciseName").GetString());
        Assert.Equal(1, again.GetProperty("sets").GetArrayLength());
        var list = await browser.GetJsonAsync("/api/v1/workouts");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_retried_start_is_not_refused_by_the_workout_it_opened(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = Guid.NewGuid();
        await (await browser.PostAsync("/api/v1/workouts", new { id })).JsonAsync(HttpStatusCode.Created);

        var retried = await browser.PostAsync("/api/v1/workouts", new { id, replace = "abandon" });

        var workout = await retried.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("in_progress", workout.GetProperty("status").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_start_with_another_users_workout_id_is_refused_and_reveals_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        var id = Guid.NewGuid();
        await (await kate.PostAsync("/api/v1/workouts", new { id })).JsonAsync(HttpStatusCode.Created);
        await kate.LogSetAsync(id, TrainingApi.BenchPress, 5, 80);

        var response = await mallory.PostAsync("/api/v1/workouts", new { id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.DoesNotContain("kate", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(problem.TryGetProperty("sets", out _));
        Assert.Equal(0, (await mallory.GetJsonAsync("/api/v1/workouts")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await kate.GetJsonAsync($"/api/v1/workouts/{id}")).GetProperty("sets").GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_start_with_an_empty_id_is_a_validation_problem_naming_it(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/workouts", new { id = Guid.Empty });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["id"], problem.ErrorFields());
    }

    [Fact]
    public async Task A_start_with_an_id_that_is_not_a_uuid_is_a_malformed_request_naming_it()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/workouts", new { id = "not-a-uuid" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "malformed_request");
        Assert.Contains("id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await browser.GetJsonAsync("/api/v1/workouts")).GetProperty("total").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_put_from_a_stale_version_wins_and_says_it_replaced_an_edit_made_elsewhere(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();
        var path = $"/api/v1/workouts/{workoutId}/sets/{setId}";
        var seen = await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 80 })).JsonAsync(HttpStatusCode.Created);
        var baseVersion = seen.GetProperty("version").GetString();
        // The other device, which saw the same version, edits first.
        await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 6, weightKg = 80, baseVersion })).JsonAsync(HttpStatusCode.OK);

        var late = await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 4, weightKg = 85, baseVersion })).JsonAsync(HttpStatusCode.OK);

        Assert.True(late.GetProperty("replacedNewerEdit").GetBoolean());
        var stored = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0];
        Assert.Equal(4, stored.GetProperty("reps").GetInt32());
        Assert.Equal(85, stored.GetProperty("weightKg").GetDouble());
        Assert.Equal(late.GetProperty("version").GetString(), stored.GetProperty("version").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_put_from_the_current_version_or_sent_again_replaces_no_one(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();
        var path = $"/api/v1/workouts/{workoutId}/sets/{setId}";
        var created = await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 80 })).JsonAsync(HttpStatusCode.Created);
        var baseVersion = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0].GetProperty("version").GetString();
        var edit = new { exerciseId = TrainingApi.BenchPress, reps = 6, weightKg = 80, baseVersion };

        var first = await (await browser.PutAsync(path, edit)).JsonAsync(HttpStatusCode.OK);
        // The first answer was lost: the queue sends the same edit, from the same base, again.
        var retried = await (await browser.PutAsync(path, edit)).JsonAsync(HttpStatusCode.OK);

        Assert.False(created.GetProperty("replacedNewerEdit").GetBoolean());
        Assert.Equal(created.GetProperty("version").GetString(), baseVersion);
        Assert.False(first.GetProperty("replacedNewerEdit").GetBoolean());
        Assert.False(retried.GetProperty("replacedNewerEdit").GetBoolean());
        Assert.NotEqual(baseVersion, first.GetProperty("version").GetString());
    }

    [Fact]
    public async Task An_overlong_base_version_is_a_validation_problem_naming_it()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}",
            new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 80, baseVersion = new string('a', 65) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["baseVersion"], problem.ErrorFields());
    }
}
