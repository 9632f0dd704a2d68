using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Training.Workouts;

/// <summary>The checks the set PUT's single statement makes in SQL: who owns what, which workouts take sets, what may be logged.</summary>
public sealed class SetWriteCheckTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_put_into_another_users_workout_is_not_found_and_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        var katesWorkout = (await kate.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();

        var response = await mallory.PutAsync($"/api/v1/workouts/{katesWorkout}/sets/{setId}", new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 100 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var workout = await kate.GetJsonAsync($"/api/v1/workouts/{katesWorkout}");
        Assert.Equal(0, workout.GetProperty("sets").GetArrayLength());
        Assert.Empty(workout.ExerciseIds());
        Assert.Equal(0, await CountSetsAsync(app, setId));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_put_under_another_users_set_id_is_not_found_and_leaves_their_set_alone(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        var katesWorkout = (await kate.StartWorkoutAsync()).Id();
        var setId = await kate.LogSetAsync(katesWorkout, TrainingApi.BackSquat, 5, 100);
        var mallorysWorkout = (await mallory.StartWorkoutAsync()).Id();

        var response = await mallory.PutAsync($"/api/v1/workouts/{mallorysWorkout}/sets/{setId}", new { exerciseId = TrainingApi.BenchPress, reps = 1, weightKg = 20 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var set = Assert.Single((await kate.GetJsonAsync($"/api/v1/workouts/{katesWorkout}")).GetProperty("sets").EnumerateArray());
        Assert.Equal(100, set.GetProperty("weightKg").GetDouble());
        Assert.Equal(TrainingApi.BackSquat, set.GetProperty("exerciseId").GetGuid());
        Assert.Empty((await mallory.GetJsonAsync($"/api/v1/workouts/{mallorysWorkout}")).ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_put_into_an_abandoned_workout_is_a_conflict_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = await browser.LogSetAsync(workoutId, TrainingApi.BackSquat, 5, 100);
        await (await browser.PostAsync($"/api/v1/workouts/{workoutId}/abandon")).JsonAsync(HttpStatusCode.OK);

        var replaced = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", new { exerciseId = TrainingApi.BenchPress, reps = 3, weightKg = 60 });

        await replaced.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        var workout = await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}");
        var set = Assert.Single(workout.GetProperty("sets").EnumerateArray());
        Assert.Equal(5, set.GetProperty("reps").GetInt32());
        Assert.Equal([TrainingApi.BackSquat], workout.ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_set_in_a_completed_workout_is_created_and_lists_its_exercise(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workoutId, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(workoutId);

        var created = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}", new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 80 });

        await created.JsonAsync(HttpStatusCode.Created);
        var workout = await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}");
        Assert.Equal("completed", workout.GetProperty("status").GetString());
        Assert.Equal([TrainingApi.BackSquat, TrainingApi.BenchPress], workout.ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_custom_exercise_is_refused_as_unknown_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        var mallory = new TestBrowser(app);
        await mallory.SignInDirectlyAsync("mallory@example.com");
        var katesExercise = await kate.CreateExerciseAsync("Kate's Landmine Press");
        var workoutId = (await mallory.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();

        var response = await mallory.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", new { exerciseId = katesExercise, reps = 5, weightKg = 20 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["exerciseId"], problem.ErrorFields());
        Assert.Equal(0, await CountSetsAsync(app, setId));
        Assert.Empty((await mallory.GetJsonAsync($"/api/v1/workouts/{workoutId}")).ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_with_numbers_its_exercise_kind_refuses_writes_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = await browser.LogSetAsync(workoutId, TrainingApi.BackSquat, 5, 100);

        // Valid numbers for a plank, sent for a squat: only the exercise's kind tells them apart.
        var response = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", new { exerciseId = TrainingApi.BackSquat, durationSeconds = 60 });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["durationSeconds", "reps", "weightKg"], problem.ErrorFields().Order(StringComparer.Ordinal));
        var set = Assert.Single((await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets").EnumerateArray());
        Assert.Equal(5, set.GetProperty("reps").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Concurrent_puts_of_one_set_from_two_devices_leave_one_row_holding_one_of_them(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var phone = new TestBrowser(app);
        await phone.SignInDirectlyAsync();
        var watch = new TestBrowser(app);
        await watch.SignInDirectlyAsync();
        var workoutId = (await phone.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();
        var path = $"/api/v1/workouts/{workoutId}/sets/{setId}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? phone.PutAsync(path, new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 100 })
            : watch.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 8, weightKg = 60, setType = "failure" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var workout = await phone.GetJsonAsync($"/api/v1/workouts/{workoutId}");
        var set = Assert.Single(workout.GetProperty("sets").EnumerateArray());
        var (reps, weightKg, setType) = (set.GetProperty("reps").GetInt32(), set.GetProperty("weightKg").GetDouble(), set.GetProperty("setType").GetString());
        Assert.True((reps, weightKg, setType) is (5, 100, "working") or (8, 60, "failure"), $"a mix of two writes: {set}");
        Assert.Equal(set.GetProperty("exerciseId").GetGuid() == TrainingApi.BackSquat, reps == 5);
        Assert.Equal(workout.ExerciseIds().Distinct().Count(), workout.ExerciseIds().Length);
        Assert.Equal(1, await CountSetsAsync(app, setId));
    }

    private static async Task<int> CountSetsAsync(FitFolioApp app, Guid setId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().WorkoutSets.CountAsync(s => s.Id == setId);
    }
}
