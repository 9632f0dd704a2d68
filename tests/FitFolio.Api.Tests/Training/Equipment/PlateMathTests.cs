using System.Text.Json;
using FitFolio.Api.Tests.Support;
using FitFolio.Api.Training.Equipment;

namespace FitFolio.Api.Tests.Training.Equipment;

/// <summary>The hand-computed cases of tests/fixtures/plates.json, which the web app's plate-math.test.ts reads too.</summary>
public sealed class PlateMathTests
{
    private static readonly Lazy<JsonElement> Fixture = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "fixtures", "plates.json"))).RootElement.Clone());

    public static TheoryData<string> Cases()
    {
        var names = new TheoryData<string>();
        foreach (var item in Fixture.Value.GetProperty("cases").EnumerateArray())
        {
            names.Add(item.GetProperty("name").GetString()!);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_fixture_case_loads_as_computed_by_hand(string name)
    {
        var item = Fixture.Value.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var plates = Fixture.Value.GetProperty("plateSets").GetProperty(item.GetProperty("plates").GetString()!).Deserialize<PlateCount[]>(JsonSerializerOptions.Web)!;
        var bar = item.GetProperty("bar").ValueKind == JsonValueKind.Null ? (double?)null : item.GetProperty("bar").GetDouble();
        var expected = item.GetProperty("expected").Deserialize<PlateLoad>(JsonSerializerOptions.Web)!;

        var load = PlateMath.Load(item.GetProperty("target").GetDouble(), bar, plates);

        Assert.Equal(Json(expected), Json(load));
    }

    [Fact]
    public void The_fixture_covers_every_kind_of_answer()
    {
        var kinds = Fixture.Value.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("expected").GetProperty("kind").GetString()).ToHashSet();

        Assert.Equal([PlateLoadKinds.BelowBar, PlateLoadKinds.Exact, PlateLoadKinds.Inexact, PlateLoadKinds.NoBar], kinds.Order());
    }

    [Fact]
    public void The_nearest_loadable_weight_is_the_closer_one_and_the_lighter_on_a_tie()
    {
        PlateCount[] plates = [new(25, 8), new(2.5, 4)];

        Assert.Equal(75, PlateMath.Nearest(76, 20, plates)); // 75 and 80: 76 is nearer 75
        Assert.Equal(80, PlateMath.Nearest(78, 20, plates));
        Assert.Equal(75, PlateMath.Nearest(77.5, 20, plates)); // a tie goes down
        Assert.Null(PlateMath.Nearest(10, 20, plates));
    }

    private static string Json(PlateLoad load) => JsonSerializer.Serialize(load, JsonSerializerOptions.Web);
}
