using FitFolio.Api.Training.Equipment;

namespace FitFolio.Api.Tests.Training.Equipment;

public sealed class WarmupRampTests
{
    private static readonly PlateCount[] KgPlates = [.. EquipmentSettings.DefaultKg.Plates];

    [Fact]
    public void The_default_ramp_for_100_kg_on_a_barbell_is_the_bar_then_40_60_80_percent()
    {
        // bar × 10; 40 % = 40 kg × 5; 60 % = 60 kg × 3; 80 % = 80 kg × 1 (each loads exactly).
        var ramp = WarmupRamp.For(100, 20, KgPlates, 2.5, EquipmentSettings.DefaultRamp);

        Assert.Equal([new(20, 10), new(40, 5), new(60, 3), new(80, 1)], ramp);
    }

    [Fact]
    public void Each_step_rounds_to_the_nearest_loadable_weight()
    {
        // 142.5 kg: 40 % = 57 → 57.5; 60 % = 85.5 → 85; 80 % = 114 → 115 (114 lies between 112.5 and 115; 115 is nearer).
        var ramp = WarmupRamp.For(142.5, 20, KgPlates, 2.5, EquipmentSettings.DefaultRamp);

        Assert.Equal([new(20, 10), new(57.5, 5), new(85, 3), new(115, 1)], ramp);
    }

    [Fact]
    public void Steps_below_the_bar_or_on_the_previous_weight_or_the_working_weight_are_skipped()
    {
        // 30 kg: 40 % = 12 and 60 % = 18 are below the bar; 80 % = 24 lies between 22.5 and 25 and rounds to 25.
        var ramp = WarmupRamp.For(30, 20, KgPlates, 2.5, EquipmentSettings.DefaultRamp);

        Assert.Equal([new(20, 10), new(25, 1)], ramp);
    }

    [Fact]
    public void Without_a_bar_the_bar_step_is_skipped_and_steps_round_to_the_load_step()
    {
        // Dumbbells at 32 kg with 2 kg steps: 40 % = 12.8 → 12; 60 % = 19.2 → 20; 80 % = 25.6 → 26.
        var ramp = WarmupRamp.For(32, null, KgPlates, 2, EquipmentSettings.DefaultRamp);

        Assert.Equal([new(12, 5), new(20, 3), new(26, 1)], ramp);
    }
}
