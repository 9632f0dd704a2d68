using System.Net;
using System.Text.Json;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Tests.Support;

namespace FitFolio.Api.Tests.Training.Equipment;

public sealed class EquipmentEndpointsTests
{
    internal static object Settings(double barbellKg = 20, int twentyFives = 8) => new
    {
        kg = new
        {
            bars = new { barbell = barbellKg, womensBar = 15, trapBar = 25, ezBar = 10 },
            plates = new[] { new { weight = 1.25, count = 4 }, new { weight = 25.0, count = twentyFives }, new { weight = 10.0, count = 4 } },
        },
        lb = new
        {
            bars = new { barbell = 45, womensBar = 35, trapBar = 55, ezBar = 25 },
            plates = new[] { new { weight = 45.0, count = 8 }, new { weight = 5.0, count = 4 } },
        },
        warmupRamp = new object[] { new { percent = (int?)null, reps = 10 }, new { percent = 50, reps = 5 } },
    };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_account_reads_the_default_bars_plates_and_ramp(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var equipment = await browser.GetJsonAsync("/api/v1/equipment");

        Assert.Equal((20, 45), (equipment.GetProperty("kg").GetProperty("bars").GetProperty("barbell").GetDouble(),
            equipment.GetProperty("lb").GetProperty("bars").GetProperty("barbell").GetDouble()));
        Assert.Equal([25, 20, 15, 10, 5, 2.5, 1.25], equipment.GetProperty("kg").GetProperty("plates").EnumerateArray().Select(p => p.GetProperty("weight").GetDouble()));
        Assert.Equal([45, 35, 25, 10, 5, 2.5], equipment.GetProperty("lb").GetProperty("plates").EnumerateArray().Select(p => p.GetProperty("weight").GetDouble()));
        Assert.Equal(["null×10", "40×5", "60×3", "80×1"], Ramp(equipment));
        Assert.Empty(equipment.GetProperty("exerciseBars").EnumerateArray());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Saved_settings_come_back_with_plates_heaviest_first(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var saved = await (await browser.PutAsync("/api/v1/equipment", Settings(barbellKg: 15, twentyFives: 6))).JsonAsync(HttpStatusCode.OK);
        var read = await browser.GetJsonAsync("/api/v1/equipment");

        Assert.Equal(saved.GetRawText(), read.GetRawText());
        Assert.Equal(15, read.GetProperty("kg").GetProperty("bars").GetProperty("barbell").GetDouble());
        Assert.Equal(["25×6", "10×4", "1.25×4"], read.GetProperty("kg").GetProperty("plates").EnumerateArray()
            .Select(p => $"{p.GetProperty("weight").GetDouble()}×{p.GetProperty("count").GetInt32()}"));
        Assert.Equal(["null×10", "50×5"], Ramp(read));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Settings_out_of_range_are_refused_naming_each_field(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var body = new
        {
            kg = new
            {
                bars = new { barbell = 0, womensBar = 15, trapBar = 250, ezBar = 10 },
                plates = new[] { new { weight = 25.0, count = 51 }, new { weight = -5.0, count = 2 }, new { weight = 25.0, count = 2 } },
            },
            lb = (object?)null,
            warmupRamp = new[] { new { percent = 0, reps = 5 }, new { percent = 101, reps = 0 } },
        };

        var problem = await (await browser.PutAsync("/api/v1/equipment", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(
            ["kg.bars.barbell", "kg.bars.trapBar", "kg.plates[0].count", "kg.plates[1].weight", "kg.plates[2].weight", "lb", "warmupRamp[0].percent", "warmupRamp[1].percent", "warmupRamp[1].reps"],
            problem.ErrorFields().Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_ramp_needs_one_to_eight_steps(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();
        var nine = Enumerable.Range(1, 9).Select(i => new { percent = i * 10, reps = 3 }).ToArray();
        var defaults = JsonSerializer.SerializeToElement(Settings());

        foreach (var ramp in new object[] { Array.Empty<object>(), nine })
        {
            var body = new { kg = defaults.GetProperty("kg"), lb = defaults.GetProperty("lb"), warmupRamp = ramp };
            var problem = await (await browser.PutAsync("/api/v1/equipment", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Equal(["warmupRamp"], problem.ErrorFields());
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_bar_chosen_for_an_exercise_is_listed_until_it_is_forgotten(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var browser = new TestBrowser(app);
        await browser.SignInDirectlyAsync();

        var chosen = await (await browser.PutAsync($"/api/v1/equipment/exercises/{TrainingApi.BenchPress}", new { bar = "womens_bar" })).JsonAsync(HttpStatusCode.OK);
        var listed = await browser.GetJsonAsync("/api/v1/equipment");
        var forgotten = await browser.DeleteAsync($"/api/v1/equipment/exercises/{TrainingApi.BenchPress}");

        Assert.Equal("womens_bar", chosen.GetProperty("bar").GetString());
        Assert.Equal((TrainingApi.BenchPress, "womens_bar"), listed.GetProperty("exerciseBars").EnumerateArray()
            .Select(c => (c.GetProperty("exerciseId").GetGuid(), c.GetProperty("bar").GetString())).Single());
        Assert.Equal(HttpStatusCode.NoContent, forgotten.StatusCode);
        Assert.Empty((await browser.GetJsonAsync("/api/v1/equipment")).GetProperty("exerciseBars").EnumerateArray());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unknown_bar_is_refused_and_another_users_exercise_is_not_found(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        var samsPress = await sam.CreateExerciseAsync("Sam's Log Press", equipment: "barbell");

        var unknown = await (await kate.PutAsync($"/api/v1/equipment/exercises/{TrainingApi.BenchPress}", new { bar = "axle" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await kate.PutAsync($"/api/v1/equipment/exercises/{samsPress}", new { bar = "barbell" })).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Equal(["bar"], unknown.ErrorFields());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task One_users_settings_are_not_anothers(DatabaseProvider provider)
    {
        await using var app = await FitFolioApp.StartAsync(provider);
        var kate = new TestBrowser(app);
        var sam = new TestBrowser(app);
        await kate.SignInDirectlyAsync("kate@example.com");
        await sam.SignInDirectlyAsync("sam@example.com");
        await (await kate.PutAsync("/api/v1/equipment", Settings(barbellKg: 15))).JsonAsync(HttpStatusCode.OK);
        await (await kate.PutAsync($"/api/v1/equipment/exercises/{TrainingApi.BenchPress}", new { bar = "none" })).JsonAsync(HttpStatusCode.OK);

        var sams = await sam.GetJsonAsync("/api/v1/equipment");

        Assert.Equal(20, sams.GetProperty("kg").GetProperty("bars").GetProperty("barbell").GetDouble());
        Assert.Empty(sams.GetProperty("exerciseBars").EnumerateArray());
    }

    private static string[] Ramp(JsonElement equipment) =>
        [.. equipment.GetProperty("warmupRamp").EnumerateArray().Select(s =>
            $"{(s.GetProperty("percent").ValueKind == JsonValueKind.Null ? "null" : s.GetProperty("percent").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))}×{s.GetProperty("reps").GetInt32()}")];
}
