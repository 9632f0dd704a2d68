using System.Net;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Tests.Imports;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FitFolio.Api.Tests.Training.Analytics.AnalyticsSessions;

namespace FitFolio.Api.Tests.Training.Analytics;

/// <summary>
/// The session bests kept on write: after every write that can change a completed workout's counting sets or its status,
/// the table equals a recomputation from the sets done here, set by set, independently of the app's grouped SQL.
/// </summary>
public sealed class SessionBestsTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_a_workout_keeps_each_exercise_best_under_every_formula(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var (workoutId, _) = await browser.SessionAsync(Monday,
            Did(Squat, 5, 60, "warmup"), Did(Squat, 5, 100, rpe: 8), Did(Squat, 3, 110, rpe: 9), Did(TrainingApi.BenchPress, 15, 50));

        var rows = await StoredAsync(app);
        // Squat: Epley 110 × 1.1 = 121; Brzycki 110 × 36/34 = 116.47; RPE 3 @ 9: x = 3, 110 / 0.89168 = 123.36. Bench 15 reps: Epley only.
        Assert.Equal([(workoutId, Squat, 121.0, 116.47, 123.36, 110.0, 830.0, 2), (workoutId, TrainingApi.BenchPress, 75.0, null, null, 50.0, 750.0, 1)],
            rows.OrderByDescending(r => r.SetCount).Select(r => (r.WorkoutId, r.ExerciseId, E1rm.Round(r.EpleyKg), Rounded(r.BrzyckiKg), Rounded(r.RpeKg), r.TopWeightKg, r.VolumeKg, r.SetCount)));
        Assert.Equal(await RecomputedAsync(app), Comparable(rows));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_a_workout_keeps_the_heaviest_set_and_best_rpe_e1rm_of_each_rep_count(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var (workoutId, _) = await browser.SessionAsync(Monday,
            Did(Squat, 5, 120, "warmup"), Did(Squat, 5, 100, rpe: 10), Did(Squat, 5, 95, rpe: 6), Did(Squat, 3, 110), Did(TrainingApi.BenchPress, 8, 0));

        // Squat 5s: 100 kg the heaviest, but 95 × 5 @ 6 (x = 8, 95 / 0.75956 = 125.07) the best RPE e1RM; 3s: no RPE.
        // The warm-up and the unloaded bench set never count.
        Assert.Equal([(workoutId, Squat, 3, 110.0, (double?)null), (workoutId, Squat, 5, 100.0, 125.07)],
            (await RepBestsStoredAsync(app)).Select(r => (r.WorkoutId, r.ExerciseId, r.Reps, r.TopWeightKg, Rounded(r.RpeKg))));
        Assert.Equal(await RepBestsRecomputedAsync(app), await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_set_logged_in_an_open_workout_writes_no_session_best(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();

        await browser.LogSetAsync(workoutId, Squat, 5, 100);

        Assert.Empty(await StoredAsync(app));
        Assert.Empty(await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Editing_a_set_of_a_completed_workout_changes_the_trend_insights_reads(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        (Guid WorkoutId, Guid[] SetIds) last = (Guid.Empty, []);
        foreach (var (weeksAgo, kg) in new[] { (3, 100.0), (2, 103.0), (1, 104.0), (0, 106.0) })
        {
            last = await browser.SessionAsync(Today.AddDays(-7 * weeksAgo), Did(Squat, 1, kg));
        }

        await (await browser.PutAsync($"/api/v1/workouts/{last.WorkoutId}/sets/{last.SetIds[0]}", new { exerciseId = Squat, reps = 1, weightKg = 110.0 }))
            .JsonAsync(HttpStatusCode.OK);

        // 100, 103, 104, 110 kg at weeks 1–4: Sxy 15.5 / Sxx 5 = 3.1 kg a week (1.9 before the edit).
        var trends = (await browser.GetJsonAsync("/api/v1/analytics/insights")).GetProperty("trends").EnumerateArray();
        Assert.Equal(3.1, trends.Single(t => t.GetProperty("windowWeeks").GetInt32() == 4).GetProperty("slopeKgPerWeek").GetDouble());
        Assert.Equal(await RecomputedAsync(app), Comparable(await StoredAsync(app)));
        Assert.Equal(await RepBestsRecomputedAsync(app), await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_set_of_a_completed_workout_refreshes_its_session_best(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (workoutId, setIds) = await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 5, 120));

        await (await browser.DeleteAsync($"/api/v1/workouts/{workoutId}/sets/{setIds[1]}")).JsonAsync(HttpStatusCode.NoContent);

        var row = Assert.Single(await StoredAsync(app));
        Assert.Equal((100.0, 1), (row.TopWeightKg, row.SetCount));
        Assert.Equal(await RecomputedAsync(app), Comparable([row]));
        Assert.Equal(await RepBestsRecomputedAsync(app), await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Completing_the_open_workout_when_starting_another_keeps_its_session_bests(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var open = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(open, Squat, 5, 100);

        await (await browser.PostAsync("/api/v1/workouts", new { replace = "complete" })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(open, Assert.Single(await StoredAsync(app)).WorkoutId);
        Assert.Equal(await RecomputedAsync(app), Comparable(await StoredAsync(app)));
        Assert.Equal(await RepBestsRecomputedAsync(app), await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_abandoned_workout_has_no_session_bests(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var workoutId = (await browser.StartWorkoutAsync()).Id();
        await browser.LogSetAsync(workoutId, Squat, 5, 100);

        await (await browser.PostAsync($"/api/v1/workouts/{workoutId}/abandon")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(await StoredAsync(app));
        Assert.Empty(await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_completed_workout_removes_its_session_bests(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (kept, _) = await browser.SessionAsync(Monday, Did(Squat, 5, 100));
        var (deleted, _) = await browser.SessionAsync(Monday.AddDays(2), Did(Squat, 5, 105));

        await (await browser.DeleteAsync($"/api/v1/workouts/{deleted}")).JsonAsync(HttpStatusCode.NoContent);

        Assert.Equal(kept, Assert.Single(await StoredAsync(app)).WorkoutId);
        Assert.Equal(kept, Assert.Single(await RepBestsStoredAsync(app)).WorkoutId);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_csv_import_fills_the_session_bests_of_every_imported_workout(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        await browser.CommitAsync((await browser.PreviewAsync(ExportFiles.Hevy(ExportFiles.History(3)))).Id());

        var rows = await StoredAsync(app);
        Assert.Equal(3, rows.Select(r => r.WorkoutId).Distinct().Count());
        Assert.Equal(await RecomputedAsync(app), Comparable(rows));
        Assert.Equal(await RepBestsRecomputedAsync(app), await RepBestsStoredAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_fitfolio_export_imported_into_an_empty_account_fills_its_session_bests(DatabaseProvider provider)
    {
        await using var source = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var lifter = new TestBrowser(source);
        await lifter.SignInDirectlyAsync();
        await lifter.SessionAsync(Monday, Did(Squat, 5, 100, rpe: 8), Did(TrainingApi.BenchPress, 8, 70));
        var export = await (await lifter.GetAsync("/api/v1/export")).Content.ReadAsByteArrayAsync();
        await using var target = await FitFolioApp.StartAsync(provider);
        var mover = new TestBrowser(target);
        await mover.SignInDirectlyAsync("moved@example.org");

        await mover.CommitAsync((await (await mover.UploadAsync(export, "fitfolio-export.json")).JsonAsync(HttpStatusCode.Created)).Id());

        // The same workouts, exercises and bests, now the mover's.
        Assert.Equal(Comparable(await StoredAsync(source)).Select(r => r with { UserId = Guid.Empty }),
            Comparable(await StoredAsync(target)).Select(r => r with { UserId = Guid.Empty }));
        Assert.Equal(await RecomputedAsync(target), Comparable(await StoredAsync(target)));
        Assert.Equal(await RepBestsRecomputedAsync(target), await RepBestsStoredAsync(target));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_the_app_fills_the_session_bests_of_a_completed_workout_that_has_none(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(TrainingApi.BenchPress, 8, 70));
        var before = Comparable(await StoredAsync(app));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().SessionBests.ExecuteDeleteAsync();
        }

        await using var restarted = app.SecondInstance();

        Assert.Equal(2, before.Count);
        Assert.Equal(before, Comparable(await StoredAsync(restarted)));
        Assert.Equal(await RepBestsRecomputedAsync(restarted), await RepBestsStoredAsync(restarted));
        Assert.Contains("Filled the session bests of 1 completed workouts", app.Log.Text, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Starting_the_app_fills_the_rep_bests_of_a_workout_that_has_session_bests_but_no_rep_bests(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider, fakeTime: true);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.SessionAsync(Monday, Did(Squat, 5, 100), Did(Squat, 3, 110), Did(TrainingApi.BenchPress, 8, 70));
        var before = await RepBestsStoredAsync(app);
        var sessionBests = Comparable(await StoredAsync(app));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().SessionRepBests.ExecuteDeleteAsync();
        }

        await using var restarted = app.SecondInstance();

        Assert.Equal(3, before.Count);
        Assert.Equal(before, await RepBestsStoredAsync(restarted));
        Assert.Equal(sessionBests, Comparable(await StoredAsync(restarted)));
    }

    private static double? Rounded(double? kg) => kg is { } v ? E1rm.Round(v) : null;

    private static async Task<List<SessionBest>> StoredAsync(FitFolioApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().SessionBests.AsNoTracking().ToListAsync();
    }

    private static List<(Guid WorkoutId, Guid ExerciseId, Guid UserId, double Epley, double? Brzycki, double? Rpe, double TopWeightKg, double VolumeKg, int Sets)> Comparable(
        IEnumerable<SessionBest> rows) =>
        [.. rows.Select(r => (r.WorkoutId, r.ExerciseId, r.UserId, r.EpleyKg, r.BrzyckiKg, r.RpeKg, r.TopWeightKg, Math.Round(r.VolumeKg, 6), r.SetCount))
            .OrderBy(r => r.WorkoutId).ThenBy(r => r.ExerciseId)];

    /// <summary>Every completed workout's loaded counting sets, rated one by one with each formula: what the table must hold.</summary>
    private static async Task<List<(Guid WorkoutId, Guid ExerciseId, Guid UserId, double Epley, double? Brzycki, double? Rpe, double TopWeightKg, double VolumeKg, int Sets)>> RecomputedAsync(
        FitFolioApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var completed = (await db.Workouts.Where(w => w.Status == WorkoutStatus.Completed).Select(w => w.Id).ToListAsync()).ToHashSet();
        var sets = await db.WorkoutSets.AsNoTracking().ToListAsync();
        return Comparable(sets.Where(s => completed.Contains(s.WorkoutId) && s.SetType != SetTypes.Warmup && s.Reps >= 1 && s.WeightKg > 0)
            .GroupBy(s => (s.WorkoutId, s.ExerciseId))
            .Select(g => new SessionBest
            {
                WorkoutId = g.Key.WorkoutId,
                ExerciseId = g.Key.ExerciseId,
                UserId = g.First().UserId,
                EpleyKg = g.Max(s => E1rm.Epley(s.WeightKg, s.Reps)),
                BrzyckiKg = g.Max(s => E1rm.Brzycki(s.WeightKg, s.Reps)),
                RpeKg = g.Max(s => E1rm.FromRpe(s.WeightKg, s.Reps, s.Rpe)),
                TopWeightKg = g.Max(s => s.WeightKg),
                VolumeKg = g.Sum(s => s.WeightKg * s.Reps),
                SetCount = g.Count(),
            }));
    }

    private static async Task<List<(Guid WorkoutId, Guid ExerciseId, int Reps, Guid UserId, double TopWeightKg, double? RpeKg)>> RepBestsStoredAsync(FitFolioApp app)
    {
        using var scope = app.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<FitFolioDbContext>().SessionRepBests.AsNoTracking().ToListAsync();
        return [.. rows.Select(r => (r.WorkoutId, r.ExerciseId, r.Reps, r.UserId, r.TopWeightKg, r.RpeKg)).OrderBy(r => r.WorkoutId).ThenBy(r => r.ExerciseId).ThenBy(r => r.Reps)];
    }

    /// <summary>Every completed workout's loaded counting sets, per exercise and rep count, rated one by one: what session_rep_bests must hold.</summary>
    private static async Task<List<(Guid WorkoutId, Guid ExerciseId, int Reps, Guid UserId, double TopWeightKg, double? RpeKg)>> RepBestsRecomputedAsync(FitFolioApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitFolioDbContext>();
        var completed = (await db.Workouts.Where(w => w.Status == WorkoutStatus.Completed).Select(w => w.Id).ToListAsync()).ToHashSet();
        var sets = await db.WorkoutSets.AsNoTracking().ToListAsync();
        return [.. sets.Where(s => completed.Contains(s.WorkoutId) && s.SetType != SetTypes.Warmup && s.Reps >= 1 && s.WeightKg > 0)
            .GroupBy(s => (s.WorkoutId, s.ExerciseId, s.Reps))
            .Select(g => (g.Key.WorkoutId, g.Key.ExerciseId, g.Key.Reps, g.First().UserId, g.Max(s => s.WeightKg), g.Max(s => E1rm.FromRpe(s.WeightKg, s.Reps, s.Rpe))))
            .OrderBy(r => r.WorkoutId).ThenBy(r => r.ExerciseId).ThenBy(r => r.Reps)];
    }
}
