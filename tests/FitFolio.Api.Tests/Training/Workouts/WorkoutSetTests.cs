using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Training.Workouts;

public sealed class WorkoutSetTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_set_is_created_and_then_replaced_under_the_same_id(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();
        var path = $"/api/v1/workouts/{workoutId}/sets/{setId}";

        var created = await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 100, rpe = 8.5, notes = "easy" }))
            .JsonAsync(HttpStatusCode.Created);
        var replaced = await (await browser.PutAsync(path, new { exerciseId = TrainingApi.BenchPress, reps = 4, weightKg = 100, setType = "failure" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(setId, created.Id());
        Assert.Equal("working", created.GetProperty("setType").GetString());
        Assert.Equal("Barbell Bench Press", created.GetProperty("exerciseName").GetString());
        Assert.Equal(4, replaced.GetProperty("reps").GetInt32());
        Assert.Equal("failure", replaced.GetProperty("setType").GetString());
        var set = Assert.Single((await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets").EnumerateArray());
        Assert.Equal(4, set.GetProperty("reps").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, set.GetProperty("rpe").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_missing_weight_is_refused_unless_the_exercise_is_bodyweight(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var pullUp = FitFolio.Api.Training.Exercises.Catalogue.IdFor("pull-up");

        var loaded = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}", new { exerciseId = TrainingApi.BenchPress, reps = 8 });
        var bodyweight = await (await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}", new { exerciseId = pullUp, reps = 8 }))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal(["weightKg"], (await loaded.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
        Assert.Equal(0, bodyweight.GetProperty("weightKg").GetDouble());
        Assert.Equal(0, (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0].GetProperty("weightKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_sets_notes_change_on_their_own(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = await browser.LogSetAsync(workoutId, TrainingApi.BenchPress, 5, 100);

        var updated = await (await browser.PatchAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", new { notes = " left shoulder ok " })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("left shoulder ok", updated.GetProperty("notes").GetString());
        var set = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0];
        Assert.Equal("left shoulder ok", set.GetProperty("notes").GetString());
        Assert.Equal(100, set.GetProperty("weightKg").GetDouble());
        Assert.Equal(5, set.GetProperty("reps").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Pounds_converted_to_kilograms_round_trip_exactly(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        const double twoHundredTwentyFivePounds = 102.05828325;

        await (await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}",
            new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = twoHundredTwentyFivePounds })).JsonAsync(HttpStatusCode.Created);

        var raw = await (await browser.GetAsync($"/api/v1/workouts/{workoutId}")).Content.ReadAsStringAsync();
        Assert.Contains("\"weightKg\":102.05828325", raw);
        Assert.Equal(225, Math.Round(twoHundredTwentyFivePounds / 0.45359237, 10));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Twenty_concurrent_identical_puts_write_one_row(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var setId = Guid.NewGuid();
        var body = new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 140 };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", body)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        using var scope = app.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().WorkoutSets.CountAsync(s => s.Id == setId));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_id_from_another_workout_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var first = (await browser.StartWorkoutAsync()).Id();
        var setId = await browser.LogSetAsync(first, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(first);
        var second = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PutAsync($"/api/v1/workouts/{second}/sets/{setId}", new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 100 });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await browser.DeleteAsync($"/api/v1/workouts/{second}/sets/{setId}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Set_validation_names_each_bad_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}",
            new { exerciseId = Guid.NewGuid(), reps = 1001, weightKg = 1500.01, rpe = 9.25, setType = "heavy", notes = new string('n', 501) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["exerciseId", "notes", "reps", "rpe", "setType", "weightKg"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Sets_of_a_completed_workout_can_still_be_edited_and_deleted(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var keep = await browser.LogSetAsync(workoutId, TrainingApi.BackSquat, 5, 100);
        var drop = await browser.LogSetAsync(workoutId, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(workoutId);
        var later = new DateTimeOffset(2026, 11, 25, 9, 10, 0, TimeSpan.Zero);

        await (await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{keep}", new { exerciseId = TrainingApi.BackSquat, reps = 6, weightKg = 100, completedAt = later }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/workouts/{workoutId}/sets/{drop}")).StatusCode);

        var set = Assert.Single((await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets").EnumerateArray());
        Assert.Equal(6, set.GetProperty("reps").GetInt32());
        Assert.Equal(later, set.GetProperty("completedAt").GetDateTimeOffset());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Sets_are_ordered_by_when_they_were_done(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var at = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
        var second = Guid.NewGuid();
        var first = Guid.NewGuid();
        await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{second}", new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 100, completedAt = at.AddMinutes(5) });
        await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{first}", new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 90, completedAt = at.AddMinutes(2) });

        var sets = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets").EnumerateArray().Select(s => s.Id());

        Assert.Equal([first, second], sets);
    }

    public static TheoryData<string> OutOfRangeTimes => ["0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "2126-11-25T09:00:00Z"];

    [Theory]
    [MemberData(nameof(OutOfRangeTimes))]
    public async Task A_set_time_outside_2000_to_tomorrow_is_a_validation_problem(string completedAt)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{Guid.NewGuid()}",
            new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 100, completedAt = DateTimeOffset.Parse(completedAt, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(["completedAt"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }

    [Theory]
    [MemberData(nameof(OutOfRangeTimes))]
    public async Task A_workout_start_outside_2000_to_tomorrow_is_a_validation_problem(string startedAt)
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();

        var response = await browser.PatchAsync($"/api/v1/workouts/{workoutId}",
            new { startedAt = DateTimeOffset.Parse(startedAt, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("startedAt", (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields());
    }
}
