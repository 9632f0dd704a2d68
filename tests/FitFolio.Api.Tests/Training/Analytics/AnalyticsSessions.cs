using System.Net;
using System.Text.Json;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Analytics;

/// <summary>One logged set of a test session: reps × kg of an exercise, optionally a warm-up or with an RPE.</summary>
internal sealed record LoggedSet(Guid ExerciseId, int Reps, double WeightKg, string SetType = "working", double? Rpe = null);

/// <summary>Arranges completed sessions through the real API, placed at the instant a test needs.</summary>
internal static class AnalyticsSessions
{
    public static readonly Guid Squat = TrainingApi.BackSquat;

    /// <summary>A Monday evening in UTC, three weeks before the fake clock's start.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Starts, logs and completes a workout (on an app with fake time), then moves it with its sets to start at <paramref name="startedAt"/>.</summary>
    public static async Task<(Guid WorkoutId, Guid[] SetIds)> SessionAsync(this TestBrowser browser, DateTimeOffset startedAt, params LoggedSet[] sets)
    {
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        var ids = new List<Guid>();
        foreach (var set in sets)
        {
            // A minute apart, so the order done is the order given; moving the workout below moves its sets along.
            browser.App.Time!.Advance(TimeSpan.FromMinutes(1));
            var setId = Guid.NewGuid();
            var body = new { exerciseId = set.ExerciseId, reps = set.Reps, weightKg = set.WeightKg, setType = set.SetType, rpe = set.Rpe };
            await (await browser.PutAsync($"/api/v1/workouts/{workoutId}/sets/{setId}", body)).JsonAsync(HttpStatusCode.Created);
            ids.Add(setId);
        }

        await browser.CompleteAsync(workoutId);
        await (await browser.PatchAsync($"/api/v1/workouts/{workoutId}", new { startedAt })).JsonAsync(HttpStatusCode.OK);
        return (workoutId, [.. ids]);
    }

    public static LoggedSet Did(Guid exerciseId, int reps, double weightKg, string setType = "working", double? rpe = null) =>
        new(exerciseId, reps, weightKg, setType, rpe);

    public static JsonElement[] Items(this JsonElement list) => [.. list.GetProperty("items").EnumerateArray()];
}
