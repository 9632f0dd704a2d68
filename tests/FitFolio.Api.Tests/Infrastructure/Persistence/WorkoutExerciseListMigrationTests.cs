using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace FitFolio.Api.Tests.Infrastructure.Persistence;

public sealed class WorkoutExerciseListMigrationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Migrating_keeps_only_the_newest_open_workout_and_lists_the_exercises_of_existing_workouts(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var template = await browser.CreateTemplateAsync(await browser.CreateProgramAsync(), "Day A", TrainingApi.BenchPress, TrainingApi.BackSquat);
        var older = (await browser.StartWorkoutAsync(template)).Id();
        await browser.LogSetAsync(older, TrainingApi.BackSquat, 5, 100);
        await browser.CompleteAsync(older);
        app.Time!.Advance(TimeSpan.FromDays(1));
        var newer = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(newer, TrainingApi.BackSquat, 5, 100);
        await MigrateAsync(app, "AddTraining");
        await ExecuteAsync(app, "UPDATE workouts SET status = 'in_progress'");

        await MigrateAsync(app, null);

        var migratedOlder = await browser.GetJsonAsync($"/api/v1/workouts/{older}");
        var migratedNewer = await browser.GetJsonAsync($"/api/v1/workouts/{newer}");
        Assert.Equal("abandoned", migratedOlder.GetProperty("status").GetString());
        Assert.Equal("in_progress", migratedNewer.GetProperty("status").GetString());
        Assert.Equal([TrainingApi.BenchPress, TrainingApi.BackSquat], migratedOlder.ExerciseIds());
        Assert.Equal([TrainingApi.BackSquat], migratedNewer.ExerciseIds());
    }


    private static async Task MigrateAsync(FitFolioApp app, string? target)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().GetService<IMigrator>().MigrateAsync(target);
    }

    private static async Task ExecuteAsync(FitFolioApp app, string sql)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
