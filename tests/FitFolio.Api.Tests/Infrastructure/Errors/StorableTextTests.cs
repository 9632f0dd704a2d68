using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Infrastructure.Errors;

/// <summary>Every field that takes text refuses NUL and unpaired surrogates with validation_failed, on both databases.</summary>
public sealed class StorableTextTests
{
    private const string Placeholder = "__BAD_TEXT__";

    public static readonly string[] BadTexts = ["a\\u0000b", "a\\ud800b", "a\\udc00b"];

    public static TheoryData<DatabaseProvider, string> FieldsOnEveryProvider()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new Providers())
        {
            foreach (var field in new[]
            {
                "exercise name", "exercise rename", "exercise search", "program name", "program description", "program rename",
                "template name", "template exercise notes", "workout notes", "set notes", "account display name",
            })
            {
                data.Add(provider, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FieldsOnEveryProvider))]
    public async Task A_nul_or_an_unpaired_surrogate_is_a_validation_problem_never_a_500(DatabaseProvider provider, string field)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var (method, path, body, errorField) = await ArrangeAsync(browser, field);

        foreach (var bad in body is null ? ["a%00b"] : BadTexts)
        {
            var response = body is null
                ? await browser.GetAsync(path.Replace(Placeholder, bad, StringComparison.Ordinal))
                : await browser.SendAsync(method, path, RawJson(body, bad));

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains(errorField, problem.ErrorFields());
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_exercise_name_that_normalisation_lengthens_past_the_limit_is_refused(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var response = await browser.PostAsync("/api/v1/exercises", new { name = new string('\u0958', 60), primaryMuscles = new[] { "shoulders" }, equipment = "dumbbell" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["name"], problem.ErrorFields());
    }

    [Fact]
    public void A_passkey_name_with_nul_or_an_unpaired_surrogate_is_refused()
    {
        Assert.All(BadTexts.Select(System.Text.RegularExpressions.Regex.Unescape), bad => Assert.NotNull(FitFolio.Api.Auth.Passkeys.Nickname.Problem(bad)));
    }

    /// <summary>What to send for a field: a JSON body whose placeholder becomes the bad text (or, without a body, a query).</summary>
    private static async Task<(HttpMethod Method, string Path, object? Body, string ErrorField)> ArrangeAsync(TestBrowser browser, string field)
    {
        object Planned(string? notes) => new { exerciseId = TrainingApi.BenchPress, sets = 3, repsMin = 5, repsMax = 5, restSeconds = 180, notes };
        return field switch
        {
            "exercise name" => (HttpMethod.Post, "/api/v1/exercises", new { name = Placeholder, primaryMuscles = new[] { "shoulders" }, equipment = "dumbbell" }, "name"),
            "exercise rename" => (HttpMethod.Patch, $"/api/v1/exercises/{await browser.CreateExerciseAsync("Landmine press")}", new { name = Placeholder }, "name"),
            "exercise search" => (HttpMethod.Get, $"/api/v1/exercises?search={Placeholder}", null, "search"),
            "program name" => (HttpMethod.Post, "/api/v1/programs", new { name = Placeholder }, "name"),
            "program description" => (HttpMethod.Post, "/api/v1/programs", new { name = "5x5", description = Placeholder }, "description"),
            "program rename" => (HttpMethod.Patch, $"/api/v1/programs/{await browser.CreateProgramAsync()}", new { name = Placeholder }, "name"),
            "template name" => (HttpMethod.Post, $"/api/v1/programs/{await browser.CreateProgramAsync()}/templates", new { name = Placeholder, exercises = new[] { Planned(null) } }, "name"),
            "template exercise notes" => (HttpMethod.Post, $"/api/v1/programs/{await browser.CreateProgramAsync()}/templates", new { name = "Push", exercises = new[] { Planned(Placeholder) } }, "exercises[0].notes"),
            "workout notes" => (HttpMethod.Patch, $"/api/v1/workouts/{(await browser.StartWorkoutAsync()).Id()}", new { notes = Placeholder }, "notes"),
            "set notes" => (HttpMethod.Put, $"/api/v1/workouts/{(await browser.StartWorkoutAsync()).Id()}/sets/{Guid.NewGuid()}",
                new { exerciseId = TrainingApi.BenchPress, reps = 5, weightKg = 100, notes = Placeholder }, "notes"),
            "account display name" => (HttpMethod.Patch, "/api/v1/account", new { displayName = Placeholder }, "displayName"),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    // The bad text goes in as a raw JSON escape, so no serializer on the way can repair or refuse it.
    private static StringContent RawJson(object body, string bad) =>
        new(JsonSerializer.Serialize(body, JsonSerializerOptions.Web).Replace(Placeholder, bad, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
}
