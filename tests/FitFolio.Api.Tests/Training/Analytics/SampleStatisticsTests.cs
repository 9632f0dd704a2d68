using FitFolio.Api.Training.Analytics;

namespace FitFolio.Api.Tests.Training.Analytics;

/// <summary>
/// Reference values computed independently with Python 3.11: statistics.correlation (Pearson, and on average ranks for
/// Spearman), statistics.linear_regression, and mpmath.betainc (the t distribution's CDF as a regularised incomplete beta)
/// for the p-value and for t(0.975, 6 df) = 2.446912, the value printed in t tables.
/// </summary>
public sealed class SampleStatisticsTests
{
    private static readonly double[] Sleep = [7.5, 6.0, 8.0, 5.5, 7.0, 6.5, 8.5, 6.0, 7.5, 9.0, 5.0, 7.0];
    private static readonly double[] Performance = [1.02, 0.97, 1.05, 0.95, 1.00, 0.99, 1.04, 0.98, 1.01, 1.06, 0.96, 1.03];

    [Fact]
    public void Pearson_r_matches_the_reference() => Assert.Equal(0.9496749214544843, SampleStatistics.Correlate(Sleep, Performance)!.PearsonR, 12);

    [Fact]
    public void Spearman_rho_uses_average_ranks_for_ties() => Assert.Equal(0.9525615702844266, SampleStatistics.Correlate(Sleep, Performance)!.SpearmanRho, 12);

    [Fact]
    public void The_p_value_is_two_sided_from_the_t_distribution_with_n_minus_2_degrees() =>
        Assert.Equal(2.33557209550068e-6, SampleStatistics.Correlate(Sleep, Performance)!.PValue, 12);

    [Fact]
    public void Tied_values_share_the_average_of_their_ranks() => Assert.Equal([3.5, 1, 2, 3.5, 5], SampleStatistics.Ranks([4, 1, 2, 4, 9]));

    [Fact]
    public void A_series_that_never_varies_has_no_correlation() => Assert.Null(SampleStatistics.Correlate([1, 2, 3, 4], [5, 5, 5, 5]));

    [Fact]
    public void The_trend_is_the_least_squares_slope_with_its_95_percent_interval()
    {
        var fit = SampleStatistics.Fit([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5], [100, 101.5, 101, 103, 104.5, 104, 106, 107.5])!;

        Assert.Equal(8, fit.N);
        Assert.Equal(2.0357142857142856, fit.Slope, 12);
        Assert.Equal(1.52865311760584, fit.SlopeLow, 9);
        Assert.Equal(2.54277545382274, fit.SlopeHigh, 9);
    }

    [Theory]
    [InlineData(0.29, "weak")]
    [InlineData(-0.3, "moderate")]
    [InlineData(0.49, "moderate")]
    [InlineData(-0.5, "strong")]
    public void Strength_is_named_by_the_size_of_r(double r, string strength) => Assert.Equal(strength, Insights.Strength(r));
}
