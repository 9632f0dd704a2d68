using System.Globalization;
using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Programs;

/// <summary>Each rule against sessions worked out by hand: what the next workout's plan says, and why.</summary>
public sealed class ProgressionTests
{
    private const double KgPerLb = 0.45359237;

    private static async Task<(FitFolioApp App, TestBrowser Browser, Guid TemplateId)> TemplateWithAsync(DatabaseProvider provider, object exercise, string? unit = null)
    {
        var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        if (unit is not null)
        {
            (await browser.PatchAsync("/api/v1/account", new { unit })).EnsureSuccessStatusCode();
        }

        var programId = await browser.CreateProgramAsync();
        var template = await (await browser.PostAsync($"/api/v1/programs/{programId}/templates", new { name = "Day A", exercises = new[] { exercise } }))
            .JsonAsync(HttpStatusCode.Created);
        return (app, browser, template.Id());
    }

    /// <summary>Starts a workout from the template, logs the sets (reps at weight) and finishes it; returns that workout's plan item.</summary>
    private static async Task<JsonElement> SessionAsync(TestBrowser browser, Guid templateId, double weightKg, params int[] reps)
    {
        var workout = await browser.StartWorkoutAsync(templateId);
        foreach (var r in reps)
        {
            await browser.LogSetAsync(workout.Id(), TrainingApi.BackSquat, r, weightKg);
        }

        await browser.CompleteAsync(workout.Id());
        return workout.GetProperty("plan")[0];
    }

    private static async Task<JsonElement> NextPlanAsync(TestBrowser browser, Guid templateId) =>
        (await browser.StartWorkoutAsync(templateId)).GetProperty("plan")[0];

    private static object Linear(double targetWeightKg, double incrementKg = 2.5) =>
        new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 6, repsMax = 8, restSeconds = 180, targetWeightKg, progression = "linear", incrementKg };

    private static object TrainingMax(double trainingMaxKg, double incrementKg) =>
        new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 180, progression = "training_max", incrementKg, trainingMaxKg };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Linear_adds_the_increment_after_a_session_where_every_set_hit_the_top_of_the_range(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, Linear(100));
        await using var _ = app;
        await SessionAsync(browser, templateId, 100, 8, 8, 8);

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal(102.5, plan.GetProperty("targetWeightKg").GetDouble());
        Assert.Equal("+2.5 kg: all sets hit 8", plan.GetProperty("progressionReason").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Linear_keeps_the_weight_when_not_every_set_hit_the_top(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, Linear(100));
        await using var _ = app;
        await SessionAsync(browser, templateId, 100, 8, 8, 7);

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal(100, plan.GetProperty("targetWeightKg").GetDouble());
        Assert.Equal("Stay at 100 kg: 2 of 3 sets hit 8", plan.GetProperty("progressionReason").GetString());
    }

    [Fact]
    public async Task Linear_counts_fewer_sets_than_planned_as_a_miss()
    {
        var (app, browser, templateId) = await TemplateWithAsync(DatabaseProvider.Sqlite, Linear(100));
        await using var _ = app;
        await SessionAsync(browser, templateId, 100, 8, 8);

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal("Stay at 100 kg: 2 of 3 sets hit 8", plan.GetProperty("progressionReason").GetString());
    }

    [Fact]
    public async Task A_session_moves_the_rule_on_once_however_often_the_next_workout_is_started()
    {
        var (app, browser, templateId) = await TemplateWithAsync(DatabaseProvider.Sqlite, Linear(100));
        await using var _ = app;
        await SessionAsync(browser, templateId, 100, 8, 8, 8);
        var first = await browser.StartWorkoutAsync(templateId);
        (await browser.PostAsync($"/api/v1/workouts/{first.Id()}/abandon")).EnsureSuccessStatusCode();

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal(102.5, plan.GetProperty("targetWeightKg").GetDouble());
        Assert.Equal("+2.5 kg: all sets hit 8", plan.GetProperty("progressionReason").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Linear_in_a_pound_account_adds_five_pounds_and_says_so_in_pounds(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, Linear(225 * KgPerLb, 5 * KgPerLb), unit: "lb");
        await using var _ = app;
        await SessionAsync(browser, templateId, 225 * KgPerLb, 8, 8, 8);

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal(230, plan.GetProperty("targetWeightKg").GetDouble() / KgPerLb, 6);
        Assert.Equal("+5 lb: all sets hit 8", plan.GetProperty("progressionReason").GetString());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Double_progression_adds_a_rep_then_at_the_top_adds_weight_and_goes_back_to_the_bottom(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, new
        {
            exerciseId = TrainingApi.BackSquat,
            sets = 3,
            repsMin = 8,
            repsMax = 10,
            restSeconds = 120,
            targetWeightKg = 60,
            progression = "double",
            incrementKg = 2.5,
            targetReps = 9,
        });
        await using var _ = app;
        var first = await SessionAsync(browser, templateId, 60, 9, 9, 9);

        var second = await SessionAsync(browser, templateId, 60, 10, 10, 10);
        var third = await NextPlanAsync(browser, templateId);

        Assert.Equal(9, first.GetProperty("targetReps").GetInt32());
        Assert.Equal((10, 60.0, "+1 rep: all sets hit 9"),
            (second.GetProperty("targetReps").GetInt32(), second.GetProperty("targetWeightKg").GetDouble(), second.GetProperty("progressionReason").GetString()));
        Assert.Equal((8, 62.5, "+2.5 kg, back to 8 reps: all sets hit 10"),
            (third.GetProperty("targetReps").GetInt32(), third.GetProperty("targetWeightKg").GetDouble(), third.GetProperty("progressionReason").GetString()));
    }

    [Fact]
    public async Task Double_progression_keeps_the_rep_goal_when_a_set_fell_short()
    {
        var (app, browser, templateId) = await TemplateWithAsync(DatabaseProvider.Sqlite, new
        {
            exerciseId = TrainingApi.BackSquat,
            sets = 3,
            repsMin = 8,
            repsMax = 10,
            restSeconds = 120,
            targetWeightKg = 60,
            progression = "double",
            incrementKg = 2.5,
        });
        await using var _ = app;
        await SessionAsync(browser, templateId, 60, 8, 8, 7);

        var plan = await NextPlanAsync(browser, templateId);

        Assert.Equal((8, 60.0, "Stay at 8 reps: 2 of 3 sets hit 8"),
            (plan.GetProperty("targetReps").GetInt32(), plan.GetProperty("targetWeightKg").GetDouble(), plan.GetProperty("progressionReason").GetString()));
    }

    /// <summary>"65/75/85 kg × 5/5/5+ — reason": the week's sets as the lifter reads them.</summary>
    private static string Week(JsonElement plan, Func<double, double>? unit = null)
    {
        var weights = plan.GetProperty("setWeightsKg").EnumerateArray().Select(w => Math.Round((unit ?? (kg => kg))(w.GetDouble()), 6));
        var reps = string.Join('/', plan.GetProperty("setReps").EnumerateArray().Select(r => r.GetInt32()));
        return $"{string.Join('/', weights.Select(w => w.ToString(CultureInfo.InvariantCulture)))} × {reps}{(plan.GetProperty("lastSetAmrap").GetBoolean() ? "+" : "")} — {plan.GetProperty("progressionReason").GetString()}";
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_training_max_scheme_walks_the_four_weeks_and_raises_the_training_max_after_the_cycle(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, TrainingMax(100, 5));
        await using var _ = app;

        var week1 = await SessionAsync(browser, templateId, 85, 5, 5, 8);
        var week2 = await SessionAsync(browser, templateId, 90, 3, 3, 5);
        var week3 = await SessionAsync(browser, templateId, 95, 5, 3, 2);
        var week4 = await SessionAsync(browser, templateId, 60, 5, 5, 5);
        var next = await NextPlanAsync(browser, templateId);

        Assert.Equal("65/75/85 × 5/5/5+ — Week 1: 3 × 5 at 65/75/85 % of 100 kg TM", Week(week1));
        Assert.Equal("70/80/90 × 3/3/3+ — Week 2: 3 × 3 at 70/80/90 % of 100 kg TM", Week(week2));
        Assert.Equal("75/85/95 × 5/3/1+ — Week 3: 5/3/1 at 75/85/95 % of 100 kg TM", Week(week3));
        Assert.Equal("40/50/60 × 5/5/5 — Week 4 (deload): 3 × 5 at 40/50/60 % of 100 kg TM", Week(week4));
        // 105 × 0.65 = 68.25 → 67.5; × 0.75 = 78.75 → 80; × 0.85 = 89.25 → 90 (nearest 2.5 kg).
        Assert.Equal("67.5/80/90 × 5/5/5+ — New cycle: TM 100 kg → 105 kg. Week 1: 3 × 5 at 65/75/85 % of 105 kg TM", Week(next));
        Assert.Equal(90, next.GetProperty("targetWeightKg").GetDouble());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_training_max_scheme_in_a_pound_account_rounds_each_set_to_five_pounds(DatabaseProvider provider)
    {
        var (app, browser, templateId) = await TemplateWithAsync(provider, TrainingMax(225 * KgPerLb, 10 * KgPerLb), unit: "lb");
        await using var _ = app;

        var week = Week(await NextPlanAsync(browser, templateId), kg => kg / KgPerLb);

        // 225 × 0.65 = 146.25 → 145; × 0.75 = 168.75 → 170; × 0.85 = 191.25 → 190.
        Assert.Equal("145/170/190 × 5/5/5+ — Week 1: 3 × 5 at 65/75/85 % of 225 lb TM", week);
    }

    [Fact]
    public async Task A_rule_without_its_increment_or_training_max_is_refused_naming_the_fields()
    {
        await using var app = await FitFolioApp.StartAsync(DatabaseProvider.Sqlite);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var programId = await browser.CreateProgramAsync();

        var response = await browser.PostAsync($"/api/v1/programs/{programId}/templates", new
        {
            name = "Day A",
            exercises = new object[]
            {
                new { exerciseId = TrainingApi.BackSquat, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 60, progression = "training_max", cycleWeek = 5 },
                new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 8, repsMax = 10, restSeconds = 60, progression = "double", incrementKg = 2.5, targetReps = 12 },
                new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 8, repsMax = 10, restSeconds = 60, progression = "fast" },
            },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(
            ["exercises[0].cycleWeek", "exercises[0].incrementKg", "exercises[0].trainingMaxKg", "exercises[1].targetReps", "exercises[2].incrementKg", "exercises[2].progression"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
    }
}
