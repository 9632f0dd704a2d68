using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Imports;

internal static class Uploads
{
    public static Task<HttpResponseMessage> UploadAsync(this TestBrowser browser, string text, string? format = null, string? unit = null, bool bom = false) =>
        browser.UploadAsync(ExportFiles.Utf8(text, bom), "export.csv", format, unit);

    public static async Task<HttpResponseMessage> UploadAsync(this TestBrowser browser, byte[] bytes, string fileName, string? format = null, string? unit = null)
    {
        using var form = new MultipartFormDataContent();
        if (format is not null)
        {
            form.Add(new StringContent(format), "format");
        }

        if (unit is not null)
        {
            form.Add(new StringContent(unit), "unit");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await browser.PostAsync("/api/v1/imports", form);
    }

    public static async Task<JsonElement> PreviewAsync(this TestBrowser browser, string text, string? format = null, string? unit = null) =>
        await (await browser.UploadAsync(text, format, unit)).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CommitAsync(this TestBrowser browser, Guid importId) =>
        await (await browser.PostAsync($"/api/v1/imports/{importId}/commit")).JsonAsync(HttpStatusCode.OK);

    public static async Task<int> WorkoutTotalAsync(this TestBrowser browser) =>
        (await browser.GetJsonAsync("/api/v1/workouts?pageSize=100")).GetProperty("total").GetInt32();

    public static JsonElement Exercise(this JsonElement preview, string sourceName) =>
        preview.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("sourceName").GetString() == sourceName);
}

public sealed class ImportEndpointsTests
{
    private static async Task<(FitFolioApp App, TestBrowser Browser)> SignedInAsync(DatabaseProvider provider)
    {
        var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        return (app, browser);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_uploaded_Strong_export_is_previewed_with_its_matches_and_nothing_is_written_to_the_history(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;

        var preview = await browser.PreviewAsync(ExportFiles.StrongNewest(ExportFiles.History(30)));

        Assert.Equal(("preview", "strong", 30, 600), (preview.GetProperty("status").GetString(), preview.GetProperty("format").GetString(),
            preview.GetProperty("workouts").GetInt32(), preview.GetProperty("sets").GetInt32()));
        var bench = preview.Exercise("Bench Press (Barbell)");
        Assert.Equal(TrainingApi.BenchPress, bench.GetProperty("exerciseId").GetGuid());
        Assert.Equal("Barbell Bench Press", bench.GetProperty("exerciseName").GetString());
        Assert.Equal(1, bench.GetProperty("confidence").GetDouble());
        Assert.Equal(40, bench.GetProperty("setCount").GetInt32());
        Assert.Equal(15, preview.GetProperty("exercises").GetArrayLength());
        Assert.Empty(preview.GetProperty("skipped").EnumerateArray());
        Assert.Equal(0, await browser.WorkoutTotalAsync());
        var stored = await browser.GetJsonAsync($"/api/v1/imports/{preview.Id()}");
        Assert.Equal(preview.GetProperty("exercises"), stored.GetProperty("exercises"), JsonElementComparer.Instance);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_committed_import_adds_completed_workouts_and_importing_the_same_file_again_adds_nothing(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        // Runs, drop sets, supersets and notes included: none of them may make a workout look new.
        var file = ExportFiles.Hevy(ExportFiles.AsLogged(ExportFiles.History(24)));

        var first = await browser.CommitAsync((await browser.PreviewAsync(file)).Id());
        var second = await browser.CommitAsync((await browser.PreviewAsync(file)).Id());

        Assert.Equal(("committed", 24, 496, 0), (first.GetProperty("status").GetString(), first.GetProperty("workoutsCreated").GetInt32(),
            first.GetProperty("setsCreated").GetInt32(), first.GetProperty("workoutsAlreadyPresent").GetInt32()));
        Assert.Equal((0, 0, 24), (second.GetProperty("workoutsCreated").GetInt32(), second.GetProperty("setsCreated").GetInt32(),
            second.GetProperty("workoutsAlreadyPresent").GetInt32()));
        var list = await browser.GetJsonAsync("/api/v1/workouts?pageSize=100");
        Assert.Equal(24, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), w => Assert.Equal("completed", w.GetProperty("status").GetString()));
        var oldest = list.GetProperty("items").EnumerateArray().Last();
        Assert.Equal(("Push Day", 21), (oldest.GetProperty("templateName").GetString(), oldest.GetProperty("setCount").GetInt32()));
        var workout = await browser.GetJsonAsync($"/api/v1/workouts/{oldest.Id()}");
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 18, 2, 0, TimeSpan.Zero), workout.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 19, 2, 0, TimeSpan.Zero), workout.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(["warmup", "working", "working", "failure"], workout.GetProperty("sets").EnumerateArray().Take(4).Select(s => s.GetProperty("setType").GetString()));
        // The workout's exercise list is what the screens show: every exercise of the file, in the order it was done.
        Assert.Equal(workout.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("exerciseId").GetGuid()).Distinct(), workout.ExerciseIds());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Committing_the_same_preview_twice_writes_it_once(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var id = (await browser.PreviewAsync(ExportFiles.StrongOldest(ExportFiles.History(6)))).Id();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => browser.PostAsync($"/api/v1/imports/{id}/commit")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(6, await browser.WorkoutTotalAsync());
        Assert.Equal("committed", (await browser.GetJsonAsync($"/api/v1/imports/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_imported_sets_duration_and_distance_show_in_its_workout(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var preview = await browser.PreviewAsync(ExportFiles.StrongMiddleHeader + "\n"
            + "2024-02-01 7:00:00 AM,Morning,1h 0m,Running (Treadmill),1,,,3.1,1500,,,\n");
        await browser.PutAsync($"/api/v1/imports/{preview.Id()}/mapping", new { unit = "lb", exercises = Array.Empty<object>() });
        await browser.CommitAsync(preview.Id());

        var workoutId = (await browser.GetJsonAsync("/api/v1/workouts")).GetProperty("items")[0].Id();
        var set = (await browser.GetJsonAsync($"/api/v1/workouts/{workoutId}")).GetProperty("sets")[0];

        Assert.Equal(1500, set.GetProperty("durationSeconds").GetInt32());
        Assert.Equal(3.1 * 1609.344, set.GetProperty("distanceM").GetDouble(), 6);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_realistic_Strong_export_in_pounds_lands_its_runs_in_metres_and_seconds_its_drop_sets_and_its_notes(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var history = ExportFiles.AsLogged(ExportFiles.History(36));

        var result = await browser.CommitAsync((await browser.PreviewAsync(ExportFiles.StrongNewest(history, pounds: true))).Id());

        Assert.Equal((36, 744), (result.GetProperty("workoutsCreated").GetInt32(), result.GetProperty("setsCreated").GetInt32()));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var sets = await db.WorkoutSets.Include(s => s.Exercise).ToListAsync();
        var runs = sets.Where(s => s.Exercise!.Name == ExportFiles.Treadmill).OrderBy(s => s.CompletedAt).Select(s => (s.DurationSeconds, s.DistanceM, s.WeightKg, s.Reps));
        Assert.Equal(history.SelectMany(w => w.Sets).Where(s => s.Exercise == ExportFiles.Treadmill).Select(s => (s.Seconds, s.DistanceM, 0.0, 0)), runs);
        Assert.Equal(12, sets.Count(s => s.SetType == "drop"));
        var firstBench = sets.Where(s => s.ExerciseId == TrainingApi.BenchPress).MinBy(s => s.CompletedAt)!;
        Assert.Equal(ExportFiles.Pounds(history[0].Sets[0].WeightKg) * 0.45359237, firstBench.WeightKg, 9);
        var pullDays = await db.Workouts.Where(w => w.TemplateName == "Pull Day").Select(w => w.Notes).ToListAsync();
        Assert.Equal(12, pullDays.Count);
        Assert.All(pullDays, notes => Assert.Equal("Deadlift (Barbell): Straps from the third set", notes));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_realistic_Hevy_exports_supersets_become_groups_of_the_workouts_exercise_list(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var history = ExportFiles.AsLogged(ExportFiles.History(3));
        await browser.CommitAsync((await browser.PreviewAsync(ExportFiles.Hevy(history, separator: ';'))).Id());

        var push = (await browser.GetJsonAsync("/api/v1/workouts")).GetProperty("items").EnumerateArray().Single(w => w.GetProperty("templateName").GetString() == "Push Day");
        var groups = (await browser.GetJsonAsync($"/api/v1/workouts/{push.Id()}")).GetProperty("exercises").EnumerateArray()
            .Select(e => e.TryGetProperty("group", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetInt32() : (int?)null);

        // Bench press, overhead press and incline press on their own; pushdowns and lateral raises as superset 1.
        Assert.Equal([null, null, null, 1, 1], groups);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_name_left_unmatched_becomes_a_custom_exercise_that_measures_what_its_sets_carry(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var text = ExportFiles.StrongOldestHeader + "\n"
            + "2024-02-01 07:00:00;Conditioning;Open Water Swim;1;0;;0;;1,5;km;1800;;;1h\n"
            + "2024-02-01 07:00:00;Conditioning;Husafell Stone Carry;1;180;kg;0;;40;m;;;;1h\n"
            + "2024-02-01 07:00:00;Conditioning;Dead Hang Hold;1;0;;0;;;;75;;;1h\n"
            + "2024-02-01 07:00:00;Conditioning;Atlas Stone Load;1;100;kg;0;;;;45;;;1h\n"
            + "2024-02-01 07:00:00;Conditioning;Atlas Stone Load;2;100;kg;8;;;;;;;1h\n";
        var preview = await browser.PreviewAsync(text);
        Assert.All(preview.GetProperty("exercises").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("exerciseId").ValueKind));

        await browser.CommitAsync(preview.Id());

        var kinds = (await browser.GetJsonAsync("/api/v1/exercises")).GetProperty("items").EnumerateArray().Where(e => e.GetProperty("isCustom").GetBoolean())
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("kind").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["Open Water Swim"] = "distance_time",
            ["Husafell Stone Carry"] = "weight_distance",
            ["Dead Hang Hold"] = "time",
            ["Atlas Stone Load"] = "weight_reps",
        }, kinds);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_mapping_can_point_a_name_at_another_exercise_or_a_new_custom_one_and_choose_the_unit(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var text = ExportFiles.StrongMiddleHeader + "\n"
            + "2024-02-01 7:00:00 AM,Morning,1h 0m,Squat (Barbell),1,225,5,,,,,\n"
            + "2024-02-01 7:00:00 AM,Morning,1h 0m,Running (Treadmill),1,,,3.1,1500,,,\n"
            + "2024-02-01 7:00:00 AM,Morning,1h 0m,Zercher Carry,1,135,,,40,,,\n";
        var preview = await browser.PreviewAsync(text);
        Assert.Equal("kg", preview.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, preview.Exercise("Running (Treadmill)").GetProperty("exerciseId").ValueKind);

        var mapped = await (await browser.PutAsync($"/api/v1/imports/{preview.Id()}/mapping", new
        {
            unit = "lb",
            exercises = new object[]
            {
                new { sourceName = "squat (barbell)", exerciseId = TrainingApi.BackSquat },
                new { sourceName = "Zercher Carry", create = new { name = "Zercher Carry", equipment = "barbell", primaryMuscles = new[] { "upper_back", "abdominals" } } },
            },
        })).JsonAsync(HttpStatusCode.OK);
        var result = await browser.CommitAsync(preview.Id());

        Assert.Equal("lb", mapped.GetProperty("unit").GetString());
        Assert.Equal("Zercher Carry", mapped.Exercise("Zercher Carry").GetProperty("create").GetProperty("name").GetString());
        Assert.Equal(2, result.GetProperty("exercisesCreated").GetInt32());
        var exercises = await browser.GetJsonAsync("/api/v1/exercises?search=z");
        Assert.Contains("Zercher Carry", exercises.Names());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var sets = await db.WorkoutSets.Include(s => s.Exercise).OrderBy(s => s.CompletedAt).ToListAsync();
        Assert.Equal(TrainingApi.BackSquat, sets[0].ExerciseId);
        Assert.Equal(102.05828325, sets[0].WeightKg, 8);
        Assert.Equal(("Running (Treadmill)", 1500, 3.1 * 1609.344), (sets[1].Exercise!.Name, sets[1].DurationSeconds, sets[1].DistanceM!.Value));
        Assert.Equal(["upper_back", "abdominals"], sets[2].Exercise!.PrimaryMuscles);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_mapping_to_an_unknown_name_or_exercise_is_refused_field_by_field(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var id = (await browser.PreviewAsync(ExportFiles.Hevy(ExportFiles.History(2)))).Id();

        var problem = await (await browser.PutAsync($"/api/v1/imports/{id}/mapping", new
        {
            exercises = new object[]
            {
                new { sourceName = "Curling", exerciseId = TrainingApi.BenchPress },
                new { sourceName = "Pull Up", exerciseId = Guid.NewGuid() },
                new { sourceName = "Deadlift (Barbell)", create = new { name = "", equipment = "spaceship", primaryMuscles = Array.Empty<string>() } },
            },
        })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["exercises[0].sourceName", "exercises[1].exerciseId", "exercises[2].create.name", "exercises[2].create.primaryMuscles", "exercises[2].create.equipment"],
            problem.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Unreadable_rows_are_listed_with_their_line_and_reason_in_the_preview_and_the_result(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var text = ExportFiles.StrongOldest(ExportFiles.History(1)) + "someday;Push Day;Bench Press (Barbell);1;100;kg;5;;;;;;;1h\n";

        var preview = await browser.PreviewAsync(text);
        var result = await browser.CommitAsync(preview.Id());

        var skipped = Assert.Single(preview.GetProperty("skipped").EnumerateArray());
        Assert.Equal(22, skipped.GetProperty("line").GetInt32());
        Assert.Contains("someday", skipped.GetProperty("reason").GetString());
        Assert.Equal(1, preview.GetProperty("skippedTotal").GetInt32());
        Assert.Equal(22, Assert.Single(result.GetProperty("skipped").EnumerateArray()).GetProperty("line").GetInt32());
        Assert.Equal(20, result.GetProperty("setsCreated").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_malformed_file_is_refused_naming_its_line_and_nothing_is_stored(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var lines = ExportFiles.StrongNewest(ExportFiles.History(5)).Split('\n');
        lines[40] += ",\"extra\"";

        var problem = await (await browser.UploadAsync(string.Join('\n', lines))).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_import_file");

        Assert.Equal(41, problem.GetProperty("line").GetInt32());
        Assert.Contains("Line 41", problem.GetProperty("detail").GetString());
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        Assert.Equal(0, await db.ImportPreviews.CountAsync());
        Assert.Equal(0, await db.Workouts.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_file_that_is_not_csv_is_refused(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];

        var binary = await (await browser.UploadAsync(png, "photo.png")).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_import_file");
        var otherCsv = await (await browser.UploadAsync("name,age\nBob,42\n")).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_import_file");
        var wrongFormat = await browser.UploadAsync(ExportFiles.Hevy(ExportFiles.History(1)), format: "strong");
        var noFile = await browser.PostAsync("/api/v1/imports", new MultipartFormDataContent { { new StringContent("strong"), "format" } });

        Assert.Contains("not a CSV file", binary.GetProperty("detail").GetString());
        Assert.Equal(1, otherCsv.GetProperty("line").GetInt32());
        await wrongFormat.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_import_file");
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_import_is_not_found(DatabaseProvider provider)
    {
        var (app, owner) = await SignedInAsync(provider);
        await using var _ = app;
        var id = (await owner.PreviewAsync(ExportFiles.Hevy(ExportFiles.History(2)))).Id();
        var stranger = new TestBrowser(app);
        await stranger.SignInDirectlyAsync("stranger@example.com");

        await (await stranger.GetAsync($"/api/v1/imports/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await stranger.PutAsync($"/api/v1/imports/{id}/mapping", new { exercises = Array.Empty<object>() })).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await stranger.PostAsync($"/api/v1/imports/{id}/commit")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await stranger.DeleteAsync($"/api/v1/imports/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Equal(0, await owner.WorkoutTotalAsync());
        Assert.Equal("preview", (await owner.GetJsonAsync($"/api/v1/imports/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_discarded_preview_is_gone(DatabaseProvider provider)
    {
        var (app, browser) = await SignedInAsync(provider);
        await using var _ = app;
        var id = (await browser.PreviewAsync(ExportFiles.Hevy(ExportFiles.History(2), pounds: true))).Id();

        await (await browser.DeleteAsync($"/api/v1/imports/{id}")).JsonAsync(HttpStatusCode.NoContent);

        await (await browser.GetAsync($"/api/v1/imports/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await browser.PostAsync($"/api/v1/imports/{id}/commit")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Uploading_needs_a_session_and_a_csrf_token()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var anonymous = new TestBrowser(app);
        var signedIn = new TestBrowser(app);
        await signedIn.SignInDirectlyAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ExportFiles.Utf8(ExportFiles.Hevy(ExportFiles.History(1)))), "file", "a.csv" } };

        await (await anonymous.UploadAsync(ExportFiles.Hevy(ExportFiles.History(1)))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await signedIn.SendAsync(HttpMethod.Post, "/api/v1/imports", form, withCsrf: false)).AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_failed");
    }
}

internal sealed class JsonElementComparer : IEqualityComparer<JsonElement>
{
    public static readonly JsonElementComparer Instance = new();

    public bool Equals(JsonElement x, JsonElement y) => JsonElement.DeepEquals(x, y);

    public int GetHashCode(JsonElement obj) => 0;
}
