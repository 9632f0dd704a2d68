using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Workouts;

public sealed class OneWorkoutInProgressTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_while_a_workout_is_open_is_a_conflict_that_names_the_open_one(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var open = (await browser.StartWorkoutAsync()).Id();

        var problem = await (await browser.PostAsync("/api/v1/workouts", new { })).AssertProblemAsync(HttpStatusCode.Conflict, "workout_in_progress");

        Assert.Equal(open, problem.GetProperty("workoutId").GetGuid());
        var list = await browser.GetJsonAsync("/api/v1/workouts");
        Assert.Equal([open], list.GetProperty("items").EnumerateArray().Select(w => w.Id()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_with_replace_abandon_abandons_the_open_workout_first(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var legs = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(legs, TrainingApi.BackSquat, 5, 100);

        var pull = await (await browser.PostAsync("/api/v1/workouts", new { replace = "abandon" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("in_progress", pull.GetProperty("status").GetString());
        Assert.Equal("abandoned", (await browser.GetJsonAsync($"/api/v1/workouts/{legs}")).GetProperty("status").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_with_replace_complete_completes_the_open_workout_first(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var legs = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(legs, TrainingApi.BackSquat, 5, 100);

        await (await browser.PostAsync("/api/v1/workouts", new { replace = "complete" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("completed", (await browser.GetJsonAsync($"/api/v1/workouts/{legs}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unknown_replace_is_refused()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var problem = await (await browser.PostAsync("/api/v1/workouts", new { replace = "delete" })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["replace"], problem.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Concurrent_starts_leave_exactly_one_workout_in_progress(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => browser.PostAsync("/api/v1/workouts", new { })));

        var started = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var id = (await started.JsonAsync(HttpStatusCode.Created)).Id();
        foreach (var refused in responses.Where(r => r != started))
        {
            Assert.Equal(id, (await refused.AssertProblemAsync(HttpStatusCode.Conflict, "workout_in_progress")).GetProperty("workoutId").GetGuid());
        }

        Assert.Equal(1, (await browser.GetJsonAsync("/api/v1/workouts?status=in_progress")).GetProperty("total").GetInt32());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_users_open_workout_does_not_stop_a_start(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        await kate.StartWorkoutAsync();

        await sam.StartWorkoutAsync();
    }
}
