using FitFolio.Api.Training.Analytics;

namespace FitFolio.Api.Tests.Training.Analytics;

/// <summary>Published values: Epley (1985) w·(1 + r/30); Brzycki (1993) w·36/(37 − r); the RPE chart fit used by RTS-style calculators.</summary>
public sealed class E1rmTests
{
    [Fact]
    public void Epley_estimates_100_kg_for_10_as_133_33() => Assert.Equal(133.33, E1rm.Round(E1rm.Of(E1rmFormulas.Epley, 100, 10, null)!.Value));

    [Fact]
    public void Epley_estimates_a_single_as_the_weight_lifted() => Assert.Equal(100, E1rm.Of(E1rmFormulas.Epley, 100, 1, null));

    [Fact]
    public void Epley_estimates_100_kg_for_5_as_116_67() => Assert.Equal(116.67, E1rm.Round(E1rm.Of(E1rmFormulas.Epley, 100, 5, null)!.Value));

    [Fact]
    public void Brzycki_estimates_100_kg_for_10_as_36_27ths_of_it() => Assert.Equal(133.33, E1rm.Round(E1rm.Of(E1rmFormulas.Brzycki, 100, 10, null)!.Value));

    [Fact]
    public void Brzycki_estimates_a_single_as_the_weight_lifted() => Assert.Equal(100, E1rm.Of(E1rmFormulas.Brzycki, 100, 1, null));

    [Fact]
    public void Brzycki_estimates_12_reps_but_nothing_above() =>
        Assert.Equal((144.0, (double?)null), (E1rm.Round(E1rm.Of(E1rmFormulas.Brzycki, 100, 12, null)!.Value), E1rm.Of(E1rmFormulas.Brzycki, 100, 13, null)));

    [Fact]
    public void Rpe_needs_the_sets_rpe() => Assert.Null(E1rm.Of(E1rmFormulas.Rpe, 100, 5, null));

    // x = (10 − 8) + (5 − 1) = 6 > 2.92: fraction = (−2.64249·6 + 97.0955)/100 = 0.8124056; 100 / 0.8124056 = 123.09
    [Fact]
    public void Rpe_uses_the_linear_part_of_the_chart_above_x_2_92() => Assert.Equal(123.09, E1rm.Round(E1rm.Of(E1rmFormulas.Rpe, 100, 5, 8)!.Value));

    // x = (10 − 9) + (2 − 1) = 2: fraction = (0.347619·4 − 4.60714·2 + 99.9667)/100 = 0.9214290; 100 / 0.921429 = 108.53
    [Fact]
    public void Rpe_uses_the_quadratic_part_of_the_chart_up_to_x_2_92() => Assert.Equal(108.53, E1rm.Round(E1rm.Of(E1rmFormulas.Rpe, 100, 2, 9)!.Value));

    // x = 9 + 29 = 38: the linear fit gives −0.0332, so the floor 0.5 applies and the estimate is twice the weight.
    [Fact]
    public void Rpe_fraction_never_falls_below_one_half() => Assert.Equal(200, E1rm.Of(E1rmFormulas.Rpe, 100, 30, 1));

    [Fact]
    public void Sets_without_load_or_reps_have_no_estimate() =>
        Assert.Equal(((double?)null, (double?)null), (E1rm.Of(E1rmFormulas.Epley, 0, 10, null), E1rm.Of(E1rmFormulas.Epley, 100, 0, null)));
}
