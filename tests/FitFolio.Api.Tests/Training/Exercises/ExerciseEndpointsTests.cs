using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Exercises;

public sealed class ExerciseEndpointsTests
{
    [Fact]
    public async Task Exercises_need_a_session()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await new TestBrowser(app).GetAsync("/api/v1/exercises");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_list_has_the_whole_catalogue_sorted_by_name(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var list = await browser.GetJsonAsync("/api/v1/exercises");

        var names = list.Names();
        Assert.Equal(231, names.Length);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var bench = list.GetProperty("items").EnumerateArray().Single(e => e.Id() == TrainingApi.BenchPress);
        Assert.Equal("Barbell Bench Press", bench.GetProperty("name").GetString());
        Assert.Equal("barbell", bench.GetProperty("equipment").GetString());
        Assert.Contains("chest", bench.GetProperty("primaryMuscles").EnumerateArray().Select(m => m.GetString()));
        Assert.False(bench.GetProperty("isCustom").GetBoolean());
        Assert.False(bench.GetProperty("isArchived").GetBoolean());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Search_ignores_case(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var names = (await browser.GetJsonAsync("/api/v1/exercises?search=BENCH")).Names();

        Assert.Contains("Barbell Bench Press", names);
        Assert.All(names, n => Assert.Contains("bench", n, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Search_ignores_accents_of_custom_exercises(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.CreateExerciseAsync("Élévation latérale");

        var names = (await browser.GetJsonAsync("/api/v1/exercises?search=elevation")).Names();

        Assert.Equal(["Élévation latérale"], names);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Muscle_and_equipment_filter_the_list(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var items = (await browser.GetJsonAsync("/api/v1/exercises?muscle=chest&equipment=barbell")).GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.Contains(items, e => e.Id() == TrainingApi.BenchPress);
        Assert.All(items, e => Assert.Equal("barbell", e.GetProperty("equipment").GetString()));
        Assert.All(items, e => Assert.Contains("chest",
            e.GetProperty("primaryMuscles").EnumerateArray().Concat(e.GetProperty("secondaryMuscles").EnumerateArray()).Select(m => m.GetString())));
    }

    [Fact]
    public async Task An_unknown_muscle_or_equipment_is_a_validation_error_listing_the_allowed_values()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var problem = await (await browser.GetAsync("/api/v1/exercises?muscle=pecs&equipment=rock")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["equipment", "muscle"], problem.ErrorFields().Order());
        Assert.Contains("chest", problem.GetProperty("errors").GetProperty("muscle")[0].GetString());
        Assert.Contains("barbell", problem.GetProperty("errors").GetProperty("equipment")[0].GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_custom_exercise_is_created_and_listed_as_custom(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/exercises",
            new { name = "  Viking Press ", primaryMuscles = new[] { "shoulders" }, secondaryMuscles = new[] { "triceps" }, equipment = "barbell" });

        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/exercises/{created.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Viking Press", created.GetProperty("name").GetString());
        Assert.True(created.GetProperty("isCustom").GetBoolean());
        var listed = (await browser.GetJsonAsync("/api/v1/exercises?search=viking")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(created.Id(), listed.Id());
        Assert.Equal(["triceps"], listed.GetProperty("secondaryMuscles").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Creating_names_every_invalid_field()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/exercises",
            new { name = new string('x', 101), primaryMuscles = new[] { "chest", "wings" }, equipment = "spoon" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["equipment", "name", "primaryMuscles[1]"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_second_custom_exercise_with_the_same_name_in_another_case_is_a_conflict(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.CreateExerciseAsync("Viking Press");

        var response = await browser.PostAsync("/api/v1/exercises", new { name = "VIKING press", primaryMuscles = new[] { "shoulders" }, equipment = "barbell" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Two_users_may_each_have_an_exercise_of_the_same_name()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        await kate.CreateExerciseAsync("Viking Press");

        await sam.CreateExerciseAsync("Viking Press");

        Assert.Empty((await kate.GetJsonAsync("/api/v1/exercises?search=viking")).GetProperty("items").EnumerateArray().Skip(1));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_custom_exercise_can_be_renamed(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateExerciseAsync("Viking Press");

        var updated = await (await browser.PatchAsync($"/api/v1/exercises/{id}", new { name = "Half-Kneeling Viking Press", equipment = "other" }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Half-Kneeling Viking Press", updated.GetProperty("name").GetString());
        Assert.Equal("other", updated.GetProperty("equipment").GetString());
        Assert.Equal(["Half-Kneeling Viking Press"], (await browser.GetJsonAsync("/api/v1/exercises?search=kneeling")).Names());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Built_in_exercises_are_read_only(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var patch = await browser.PatchAsync($"/api/v1/exercises/{TrainingApi.BenchPress}", new { name = "Bench" });
        var delete = await browser.DeleteAsync($"/api/v1/exercises/{TrainingApi.BenchPress}");

        var problem = await patch.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("Built-in exercises are read-only", problem.GetProperty("title").GetString());
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("Barbell Bench Press", (await browser.GetJsonAsync("/api/v1/exercises?search=bench")).Names());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_an_unused_custom_exercise_removes_it(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateExerciseAsync("Viking Press");

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/exercises/{id}")).StatusCode);

        Assert.Empty((await browser.GetJsonAsync("/api/v1/exercises?search=viking&includeArchived=true")).Names());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_custom_exercise_with_logged_sets_archives_it(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateExerciseAsync("Viking Press");
        var workout = await browser.StartWorkoutAsync();
        await browser.LogSetAsync(workout.Id(), id, 8, 30);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/exercises/{id}")).StatusCode);

        Assert.Empty((await browser.GetJsonAsync("/api/v1/exercises?search=viking")).Names());
        var archived = (await browser.GetJsonAsync("/api/v1/exercises?search=viking&includeArchived=true")).GetProperty("items").EnumerateArray().Single();
        Assert.True(archived.GetProperty("isArchived").GetBoolean());
        var sets = (await browser.GetJsonAsync($"/api/v1/workouts/{workout.Id()}")).GetProperty("sets");
        Assert.Equal("Viking Press", sets[0].GetProperty("exerciseName").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_custom_exercise_used_in_a_template_archives_it_and_frees_its_name(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var id = await browser.CreateExerciseAsync("Viking Press");
        await browser.CreateTemplateAsync(await browser.CreateProgramAsync(), "Push", id);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/exercises/{id}")).StatusCode);

        Assert.True((await browser.GetJsonAsync("/api/v1/exercises?search=viking&includeArchived=true")).GetProperty("items")[0].GetProperty("isArchived").GetBoolean());
        await browser.CreateExerciseAsync("Viking Press");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Last_performance_is_every_set_of_the_latest_completed_workout(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var older = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(older, TrainingApi.BenchPress, 5, 90);
        await browser.CompleteAsync(older);
        app.Time!.Advance(TimeSpan.FromDays(2));
        var latest = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(latest, TrainingApi.BenchPress, 10, 60, "warmup");
        app.Time.Advance(TimeSpan.FromMinutes(3));
        await browser.LogSetAsync(latest, TrainingApi.BenchPress, 5, 100);
        await browser.CompleteAsync(latest);
        var unfinished = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(unfinished, TrainingApi.BenchPress, 1, 140);

        var last = await browser.GetJsonAsync($"/api/v1/exercises/{TrainingApi.BenchPress}/last-performance");

        Assert.Equal(latest, last.GetProperty("workoutId").GetGuid());
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), last.GetProperty("performedAt").GetDateTimeOffset());
        var sets = last.GetProperty("sets").EnumerateArray().Select(s => (s.GetProperty("reps").GetInt32(), s.GetProperty("weightKg").GetDouble(), s.GetProperty("setType").GetString())).ToList();
        Assert.Equal([(10, 60d, "warmup"), (5, 100d, "working")], sets);
    }

    [Fact]
    public async Task Last_performance_is_not_found_before_any_completed_workout()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workout = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workout, TrainingApi.BenchPress, 5, 100);

        var response = await browser.GetAsync($"/api/v1/exercises/{TrainingApi.BenchPress}/last-performance");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
