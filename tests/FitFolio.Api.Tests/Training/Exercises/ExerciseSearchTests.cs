using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Exercises;

public sealed class ExerciseSearchTests
{
    /// <summary>What lifters type at the gym, and the exercise they mean.</summary>
    private static readonly (string Query, string First)[] GymSearches =
    [
        ("ohp", "Overhead Press"),
        ("OHP", "Overhead Press"),
        ("military", "Overhead Press"),
        ("rdl", "Romanian Deadlift"),
        ("pull up", "Pull-Up"),
        ("pullup", "Pull-Up"),
        ("pull-up", "Pull-Up"),
        ("chin up", "Chin-Up"),
        ("chinup", "Chin-Up"),
        ("chin", "Chin-Up"),
        ("db row", "One-Arm Dumbbell Row"),
        ("bss", "Dumbbell Bulgarian Split Squat"),
        ("incline bench", "Incline Barbell Bench Press"),
        ("bench incline", "Incline Barbell Bench Press"),
        ("skull crusher", "EZ-Bar Skull Crusher"),
        ("skullcrusher", "EZ-Bar Skull Crusher"),
        ("bench", "Barbell Bench Press"),
        ("press bench", "Barbell Bench Press"),
        ("db bench", "Dumbbell Bench Press"),
        ("deadlift", "Barbell Deadlift"),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Abbreviations_synonyms_and_words_in_any_order_find_the_exercise_first(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var firsts = new List<string>();
        foreach (var (query, _) in GymSearches)
        {
            var names = (await browser.GetJsonAsync($"/api/v1/exercises?search={Uri.EscapeDataString(query)}")).Names();
            firsts.Add($"{query} → {names.FirstOrDefault() ?? "(nothing)"}");
        }

        Assert.Equal(GymSearches.Select(s => $"{s.Query} → {s.First}"), firsts);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_word_matches_the_start_of_a_word_never_the_inside_of_one(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var names = (await browser.GetJsonAsync("/api/v1/exercises?search=chin")).Names();

        Assert.Equal(["Chin-Up"], names);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Exact_matches_rank_before_prefix_matches_and_prefix_before_the_rest(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var names = (await browser.GetJsonAsync("/api/v1/exercises?search=pull%20up")).Names();

        Assert.Equal("Pull-Up", names[0]);
        // Chin-Up is found through its alias "Underhand Pull-Up".
        Assert.Equal(["Assisted Pull-Up", "Band-Assisted Pull-Up", "Chin-Up", "Neutral-Grip Pull-Up"], names[1..].Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Custom_exercises_are_found_by_any_of_their_words(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        await browser.CreateExerciseAsync("Half-Kneeling Viking Press");

        var names = (await browser.GetJsonAsync("/api/v1/exercises?search=viking%20half")).Names();

        Assert.Equal(["Half-Kneeling Viking Press"], names);
    }
}
