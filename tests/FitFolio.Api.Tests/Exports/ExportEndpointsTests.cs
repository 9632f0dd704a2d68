using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitFolio.Api.Auth.Passkeys;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Imports;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Tests.Training.Equipment;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Exports;

public sealed class ExportEndpointsTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "export.schema.json"))));

    /// <summary>
    /// A custom exercise (archived at the end), a program with a template (a superset with progression rules), a finished workout from it with notes and
    /// a set with RPE and a note, an imported cardio set, a fully filled day of metrics, exercise notes, equipment and a passkey.
    /// </summary>
    internal static async Task<(FitFolioApp App, TestBrowser Browser, Guid UserId)> AccountWithEverythingAsync(DatabaseProvider provider)
    {
        var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        var userId = await browser.SignInDirectlyAsync();
        var press = await browser.CreateExerciseAsync("Viking Press");
        var program = await browser.CreateProgramAsync();
        var template = (await (await browser.PostAsync($"/api/v1/programs/{program}/templates", new
        {
            name = "Day A",
            exercises = new object[]
            {
                new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 180, targetWeightKg = 100, progression = "linear", incrementKg = 2.5, group = 1 },
                new { exerciseId = press, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 120, progression = "training_max", incrementKg = 2.5, trainingMaxKg = 60, cycleWeek = 2, group = 1 },
            },
        })).JsonAsync(HttpStatusCode.Created)).Id();
        var workout = (await browser.StartWorkoutAsync(template)).Id();
        await (await browser.PutAsync($"/api/v1/workouts/{workout}/sets/{Guid.NewGuid()}",
            new { exerciseId = TrainingApi.BackSquat, reps = 5, weightKg = 102.05828325, rpe = 8.5, notes = "Grindy last rep" })).JsonAsync(HttpStatusCode.Created);
        await (await browser.PatchAsync($"/api/v1/workouts/{workout}", new { notes = "Knees felt fine" })).JsonAsync(HttpStatusCode.OK);
        await browser.LogSetAsync(workout, press, 8, 40, "warmup");
        await browser.CompleteAsync(workout);
        var text = ExportFiles.HevyKgHeader + "\n"
            + "\"Cardio\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"\",\"Rowing Machine\",\"\",\"\",\"0\",\"normal\",\"\",\"\",\"2.1\",\"600\",\"\"\n";
        await browser.CommitAsync((await browser.PreviewAsync(text)).Id());
        await browser.PutAsync("/api/v1/metrics/daily/2026-11-24", new { bodyWeightKg = 82.5, bodyFatPercent = 14.5, sleepHours = 7.5, sleepQuality = 3, energy = 4, notes = "slept well" });
        await browser.PutAsync($"/api/v1/exercises/{press}/note", new { text = "Neutral grip handles" });
        await browser.PutAsync($"/api/v1/exercises/{TrainingApi.BackSquat}/note", new { text = "Belt on the fourth hole" });
        await (await browser.PutAsync("/api/v1/equipment", EquipmentEndpointsTests.Settings(barbellKg: 15))).JsonAsync(HttpStatusCode.OK);
        await (await browser.PutAsync($"/api/v1/equipment/exercises/{press}", new { bar = "barbell" })).JsonAsync(HttpStatusCode.OK);
        // It has history, so deleting it archives it: an archived exercise moves with the account too.
        await (await browser.DeleteAsync($"/api/v1/exercises/{press}")).JsonAsync(HttpStatusCode.NoContent);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        db.WebAuthnCredentials.Add(new WebAuthnCredential
        {
            UserId = userId,
            CredentialId = [1, 2, 3],
            PublicKey = [9, 9, 9],
            Nickname = "Phone",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return (app, browser, userId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_json_export_is_an_attachment_with_every_row_and_it_validates_against_the_published_schema(DatabaseProvider provider)
    {
        var (app, browser, userId) = await AccountWithEverythingAsync(provider);
        await using var _ = app;
        var stranger = new TestBrowser(app);
        await stranger.SignInDirectlyAsync("stranger@example.com");
        await stranger.CreateExerciseAsync("Stranger Curl");

        var response = await browser.GetAsync("/api/v1/export?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var body = await response.Content.ReadAsStringAsync();
        var result = Schema.Value.Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result.Details?.Where(d => !d.IsValid).Select(d => new { d.InstanceLocation, d.Errors })));
        var export = JsonNode.Parse(body)!;
        Assert.Equal(1, (int)export["schemaVersion"]!);
        Assert.Equal(userId, (Guid)export["account"]!["id"]!);
        Assert.Equal(["Rowing Machine", "Viking Press"], export["exercises"]!.AsArray().Select(e => (string)e!["name"]!).Order());
        Assert.Equal("Day A", (string)export["programs"]![0]!["templates"]![0]!["name"]!);
        var workouts = export["workouts"]!.AsArray();
        Assert.Equal(2, workouts.Count);
        var imported = workouts.Single(w => (string?)w!["templateName"] == "Cardio")!;
        var logged = workouts.Single(w => (string?)w!["templateName"] == "Day A")!;
        Assert.Equal(2, logged["plan"]!.AsArray().Count);
        Assert.Equal([42.5, 47.5, 55], logged["plan"]![1]!["setWeightsKg"]!.AsArray().Select(w => (double)w!));
        Assert.Equal("training_max", (string)export["programs"]![0]!["templates"]![0]!["exercises"]![1]!["progression"]!);
        Assert.Equal(102.05828325, (double)logged["sets"]![0]!["weightKg"]!);
        Assert.Equal((2100.0, 600), ((double)imported["sets"]![0]!["distanceM"]!, (int)imported["sets"]![0]!["durationSeconds"]!));
        Assert.Equal("Phone", (string)export["passkeys"]![0]!["nickname"]!);
        // The imported row's unmatched name became a custom exercise that logs distance and time, like its set.
        Assert.Equal(["distance_time", "weight_reps"], export["exercises"]!.AsArray().OrderBy(e => (string)e!["name"]!).Select(e => (string)e!["kind"]!));
        Assert.Equal(["Belt on the fourth hole", "Neutral grip handles"], export["exerciseNotes"]!.AsArray().Select(n => (string)n!["text"]!).Order());
        Assert.Equal(("2026-11-24", 82.5, "slept well"), ((string)export["dailyMetrics"]![0]!["date"]!, (double)export["dailyMetrics"]![0]!["bodyWeightKg"]!,
            (string)export["dailyMetrics"]![0]!["notes"]!));
        Assert.Equal((15.0, "barbell"), ((double)export["equipment"]!["kg"]!["bars"]!["barbell"]!, (string)export["equipment"]!["exerciseBars"]![0]!["bar"]!));
        foreach (var secret in new[] { "publicKey", "credentialId", "hash", "token", "signCount", "Stranger" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_csv_export_has_one_row_per_set_that_a_spreadsheet_reads(DatabaseProvider provider)
    {
        var (app, browser, _) = await AccountWithEverythingAsync(provider);
        await using var _ = app;

        var response = await browser.GetAsync("/api/v1/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd().Split(["\r\n", "\n"], StringSplitOptions.None);
        Assert.Equal("workout_id,workout_name,started_at,status,set_id,completed_at,exercise,set_type,reps,weight_kg,rpe,duration_seconds,distance_m,notes", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(",Rowing Machine,working,0,0,,600,2100,", lines[1]);
        Assert.Contains(",Barbell Back Squat,working,5,102.05828325,", lines[2]);
        Assert.Contains(",Viking Press,warmup,8,40,", lines[3]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_export_imported_into_an_empty_account_on_another_instance_exports_the_same_document(DatabaseProvider provider)
    {
        var (source, browser, _) = await AccountWithEverythingAsync(provider);
        await using var _ = source;
        var original = await (await browser.GetAsync("/api/v1/export")).Content.ReadAsByteArrayAsync();
        await using var target = await FitFolioApp.StartAsync(provider);
        var mover = new TestBrowser(target);
        await mover.SignInDirectlyAsync("moved@example.org");

        var preview = await (await mover.UploadAsync(original, "fitfolio-export.json")).JsonAsync(HttpStatusCode.Created);
        var result = await mover.CommitAsync(preview.Id());
        var again = await (await mover.GetAsync("/api/v1/export")).Content.ReadAsByteArrayAsync();

        Assert.Equal(("fitfolio", 2, 3), (preview.GetProperty("format").GetString(), preview.GetProperty("workouts").GetInt32(), preview.GetProperty("sets").GetInt32()));
        Assert.Equal((2, 3, 2), (result.GetProperty("workoutsCreated").GetInt32(), result.GetProperty("setsCreated").GetInt32(), result.GetProperty("exercisesCreated").GetInt32()));
        var expected = Comparable(original);
        var actual = Comparable(again);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected}\nactual {actual}");
        Assert.Empty(JsonNode.Parse(again)!["passkeys"]!.AsArray());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_lifter_who_chose_utc_keeps_that_choice_when_the_export_is_restored(DatabaseProvider provider)
    {
        await using var source = await FitFolioApp.StartAsync(provider);
        var lifter = new TestBrowser(source);
        await lifter.SignInDirectlyAsync();
        await (await lifter.PatchAsync("/api/v1/account", new { timeZone = "UTC" })).JsonAsync(HttpStatusCode.OK);
        var export = await (await lifter.GetAsync("/api/v1/export")).Content.ReadAsByteArrayAsync();
        await using var target = await FitFolioApp.StartAsync(provider);
        var mover = new TestBrowser(target);
        await mover.SignInDirectlyAsync("moved@example.org");

        await mover.CommitAsync((await (await mover.UploadAsync(export, "fitfolio-export.json")).JsonAsync(HttpStatusCode.Created)).Id());

        var me = (await mover.GetJsonAsync("/api/v1/auth/me")).GetProperty("user");
        Assert.Equal(("UTC", true), (me.GetProperty("timeZone").GetString(), me.GetProperty("timeZoneChosen").GetBoolean()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_export_is_not_restored_over_existing_training_data_and_broken_json_names_its_line(DatabaseProvider provider)
    {
        var (app, browser, _) = await AccountWithEverythingAsync(provider);
        await using var _ = app;
        var export = await (await browser.GetAsync("/api/v1/export")).Content.ReadAsByteArrayAsync();
        var preview = await (await browser.UploadAsync(export, "export.json", format: "fitfolio")).JsonAsync(HttpStatusCode.Created);

        await (await browser.PostAsync($"/api/v1/imports/{preview.Id()}/commit")).AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        var broken = await (await browser.UploadAsync(Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"account\": [\n"), "export.json"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_import_file");

        Assert.Equal(2, await browser.WorkoutTotalAsync());
        Assert.Equal("preview", (await browser.GetJsonAsync($"/api/v1/imports/{preview.Id()}")).GetProperty("status").GetString());
        Assert.Equal(3, broken.GetProperty("line").GetInt32());
    }

    /// <summary>The document minus what differs between accounts by design: when it was made, who, and the passkeys.</summary>
    private static JsonObject Comparable(byte[] export)
    {
        var node = JsonNode.Parse(export)!.AsObject();
        node.Remove("exportedAt");
        node.Remove("passkeys");
        node["account"]!.AsObject().Remove("id");
        node["account"]!.AsObject().Remove("email");
        return node;
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var problem = await (await browser.GetAsync("/api/v1/export?format=xml")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["format"], problem.ErrorFields());
        await (await new TestBrowser(app).GetAsync("/api/v1/export")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FitFolio.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FitFolio.slnx not found above the test assembly");
    }
}
