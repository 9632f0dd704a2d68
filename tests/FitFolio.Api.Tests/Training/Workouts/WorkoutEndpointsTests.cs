using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Workouts;

public sealed class WorkoutEndpointsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_empty_workout_starts_in_progress(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/workouts", new { });

        var workout = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/workouts/{workout.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("in_progress", workout.GetProperty("status").GetString());
        Assert.Equal(Start, workout.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, workout.GetProperty("completedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, workout.GetProperty("templateId").ValueKind);
        Assert.Equal(0, workout.GetProperty("plan").GetArrayLength());
        Assert.Equal(0, workout.GetProperty("sets").GetArrayLength());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_workout_from_a_template_copies_its_plan_with_the_last_top_set(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var previous = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(previous, TrainingApi.BackSquat, 5, 140, "warmup");
        await browser.LogSetAsync(previous, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(previous, TrainingApi.BackSquat, 8, 90);
        await browser.CompleteAsync(previous);
        var programId = await browser.CreateProgramAsync();
        var templateId = await browser.CreateTemplateAsync(programId, "Day A", TrainingApi.BackSquat, TrainingApi.BenchPress);
        app.Time!.Advance(TimeSpan.FromDays(2));

        var workout = await browser.StartWorkoutAsync(templateId);
        await browser.PutAsync($"/api/v1/programs/{programId}/templates/{templateId}", new { name = "Changed", exercises = Array.Empty<object>() });

        Assert.Equal(templateId, workout.GetProperty("templateId").GetGuid());
        Assert.Equal("Day A", workout.GetProperty("templateName").GetString());
        var plan = workout.GetProperty("plan");
        Assert.Equal("Barbell Back Squat", plan[0].GetProperty("exerciseName").GetString());
        Assert.Equal(3, plan[0].GetProperty("sets").GetInt32());
        var last = plan[0].GetProperty("last");
        Assert.Equal(100, last.GetProperty("weightKg").GetDouble());
        Assert.Equal(5, last.GetProperty("reps").GetInt32());
        Assert.Equal(Start, last.GetProperty("performedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, plan[1].GetProperty("last").ValueKind);
        var reread = await browser.GetJsonAsync($"/api/v1/workouts/{workout.Id()}");
        Assert.Equal(2, reread.GetProperty("plan").GetArrayLength());
        Assert.Equal("Day A", reread.GetProperty("templateName").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_sums_duration_sets_and_volume_without_warm_ups(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 10, 60, "warmup");
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(id, TrainingApi.BenchPress, 8, 72.5, "drop");
        app.Time!.Advance(TimeSpan.FromMinutes(47) + TimeSpan.FromSeconds(12));

        var completed = await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal(Start.AddMinutes(47).AddSeconds(12), completed.GetProperty("completedAt").GetDateTimeOffset());
        var summary = completed.GetProperty("summary");
        Assert.Equal(2832, summary.GetProperty("durationSeconds").GetInt64());
        Assert.Equal(4, summary.GetProperty("setCount").GetInt32());
        Assert.Equal(1580, summary.GetProperty("totalVolumeKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Summary_history_and_detail_show_the_same_volume_without_warm_ups(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 10, 40, "warmup");
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 6, 90, "failure");

        var summary = (await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).JsonAsync(HttpStatusCode.OK)).GetProperty("summary");
        var listed = (await browser.GetJsonAsync("/api/v1/workouts")).GetProperty("items")[0];
        var detail = await browser.GetJsonAsync($"/api/v1/workouts/{id}");

        Assert.Equal(1040, summary.GetProperty("totalVolumeKg").GetDouble());
        Assert.Equal(1040, listed.GetProperty("totalVolumeKg").GetDouble());
        Assert.Equal(1040, detail.GetProperty("totalVolumeKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_a_completed_workout_again_answers_the_same_summary_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        var first = await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).JsonAsync(HttpStatusCode.OK);
        app.Time!.Advance(TimeSpan.FromMinutes(10));

        var again = await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("completedAt").GetDateTimeOffset(), again.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(first.GetProperty("summary").GetRawText(), again.GetProperty("summary").GetRawText());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_completed_workout_cannot_be_abandoned(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(id);

        await (await browser.PostAsync($"/api/v1/workouts/{id}/abandon")).AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_abandoned_workout_takes_no_more_sets(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        var setId = await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);

        var abandoned = await (await browser.PostAsync($"/api/v1/workouts/{id}/abandon")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("abandoned", abandoned.GetProperty("status").GetString());
        await (await browser.PutAsync($"/api/v1/workouts/{id}/sets/{Guid.NewGuid()}", new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 100 }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        await (await browser.DeleteAsync($"/api/v1/workouts/{id}/sets/{setId}")).AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_past_workout_gets_its_notes_and_times_edited(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(id);
        var startedAt = new DateTimeOffset(2026, 11, 20, 18, 30, 0, TimeSpan.FromHours(1));

        var updated = await (await browser.PatchAsync($"/api/v1/workouts/{id}",
            new { notes = "felt strong", startedAt, completedAt = startedAt.AddMinutes(65) })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("felt strong", updated.GetProperty("notes").GetString());
        Assert.Equal(startedAt, updated.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(startedAt.AddMinutes(65), updated.GetProperty("completedAt").GetDateTimeOffset());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Moving_a_workouts_start_moves_its_sets_and_end_by_the_same_offset(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        app.Time!.Advance(TimeSpan.FromMinutes(10));
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        app.Time.Advance(TimeSpan.FromMinutes(30));
        await browser.CompleteAsync(id);
        var dayBefore = Start.AddDays(-1).AddHours(2);

        var moved = await (await browser.PatchAsync($"/api/v1/workouts/{id}", new { startedAt = dayBefore })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(dayBefore, moved.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(dayBefore.AddMinutes(40), moved.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(dayBefore.AddMinutes(10), moved.GetProperty("sets")[0].GetProperty("completedAt").GetDateTimeOffset());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_workout_is_deleted_with_its_sets_whether_open_or_completed(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var done = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(done, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(done);
        var open = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(open, TrainingApi.BenchPress, 5, 80);

        var deletedDone = await browser.DeleteAsync($"/api/v1/workouts/{done}");
        var deletedOpen = await browser.DeleteAsync($"/api/v1/workouts/{open}");

        Assert.Equal(HttpStatusCode.NoContent, deletedDone.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deletedOpen.StatusCode);
        await (await browser.GetAsync($"/api/v1/workouts/{done}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await browser.DeleteAsync($"/api/v1/workouts/{open}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await browser.GetAsync($"/api/v1/exercises/{TrainingApi.BackSquat}/last-performance")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(0, (await browser.GetJsonAsync("/api/v1/workouts")).GetProperty("total").GetInt32());
        await browser.StartWorkoutAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_a_workout_without_sets_discards_it(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();

        var discarded = await (await browser.PostAsync($"/api/v1/workouts/{id}/complete")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("discarded", discarded.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, discarded.GetProperty("summary").ValueKind);
        await (await browser.GetAsync($"/api/v1/workouts/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_workout_cannot_be_deleted(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var id = (await kate.StartWorkoutAsync()).Id();

        await (await sam.DeleteAsync($"/api/v1/workouts/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Equal("in_progress", (await kate.GetJsonAsync($"/api/v1/workouts/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(id);

        var response = await browser.PatchAsync($"/api/v1/workouts/{id}", new { completedAt = Start.AddMinutes(-1), notes = new string('n', 2001) });

        Assert.Equal(["completedAt", "notes"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_list_is_newest_first_paged_and_filtered(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var ids = new List<Guid>();
        for (var day = 0; day < 3; day++)
        {
            var id = (await browser.StartWorkoutAsync()).Id();
            await browser.LogSetAsync(id, TrainingApi.BackSquat, 5, 100 + day);
            await browser.LogSetAsync(id, TrainingApi.BackSquat, 10, 50, "warmup");
            await browser.CompleteAsync(id);
            ids.Add(id);
            app.Time!.Advance(TimeSpan.FromDays(1));
        }

        var open = (await browser.StartWorkoutAsync()).Id();

        var page = await browser.GetJsonAsync("/api/v1/workouts?page=1&pageSize=2");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal([open, ids[2]], page.GetProperty("items").EnumerateArray().Select(w => w.Id()));
        var newest = page.GetProperty("items")[1];
        Assert.Equal(2, newest.GetProperty("setCount").GetInt32());
        Assert.Equal(510, newest.GetProperty("totalVolumeKg").GetDouble());
        var completed = await browser.GetJsonAsync($"/api/v1/workouts?status=completed&from={Uri.EscapeDataString(Start.AddHours(12).ToString("O"))}&to={Uri.EscapeDataString(Start.AddDays(1).AddHours(1).ToString("O"))}");
        Assert.Equal([ids[1]], completed.GetProperty("items").EnumerateArray().Select(w => w.Id()));
        var bad = await browser.GetAsync("/api/v1/workouts?status=done&pageSize=500");
        Assert.Equal(["pageSize", "status"], (await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorFields().Order());
    }

    [Fact]
    public async Task Starting_from_an_unknown_template_is_not_found()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/workouts", new { templateId = Guid.NewGuid() });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
