using MathNet.Numerics.Distributions;

namespace FitFolio.Api.Training.Analytics;

/// <summary>A least-squares line through (x, y) with the 95 % confidence interval of its slope (t distribution, n − 2 df).</summary>
public sealed record LinearFit(int N, double Slope, double SlopeLow, double SlopeHigh);

/// <summary>Pearson r, Spearman ρ (Pearson on average ranks) and the two-sided p-value of r (t distribution, n − 2 df).</summary>
public sealed record CorrelationResult(int N, double PearsonR, double SpearmanRho, double PValue);

/// <summary>The statistics insights use, on small samples held in memory.</summary>
public static class SampleStatistics
{
    /// <summary>Null with fewer than 3 points or when every x is the same (no slope to speak of).</summary>
    public static LinearFit? Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        if (n < 3)
        {
            return null;
        }

        var xMean = x.Average();
        var yMean = y.Average();
        var sxx = x.Sum(v => (v - xMean) * (v - xMean));
        if (sxx <= 0)
        {
            return null;
        }

        var slope = x.Zip(y, (a, b) => (a - xMean) * (b - yMean)).Sum() / sxx;
        var intercept = yMean - (slope * xMean);
        var residuals = x.Zip(y, (a, b) => b - (intercept + (slope * a))).Sum(e => e * e);
        var standardError = Math.Sqrt(residuals / (n - 2) / sxx);
        var margin = StudentT.InvCDF(0, 1, n - 2, 0.975) * standardError;
        return new LinearFit(n, slope, slope - margin, slope + margin);
    }

    /// <summary>Null with fewer than 3 pairs or when either side never varies (no correlation is defined).</summary>
    public static CorrelationResult? Correlate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        if (n < 3 || Pearson(x, y) is not { } r || Pearson(Ranks(x), Ranks(y)) is not { } rho)
        {
            return null;
        }

        return new CorrelationResult(n, r, rho, PValue(r, n));
    }

    /// <summary>Two-sided p-value of a Pearson r from n pairs: t = r·√((n − 2)/(1 − r²)) on n − 2 degrees of freedom.</summary>
    public static double PValue(double r, int n)
    {
        if (Math.Abs(r) >= 1)
        {
            return 0;
        }

        var t = Math.Abs(r) * Math.Sqrt((n - 2) / (1 - (r * r)));
        return 2 * (1 - StudentT.CDF(0, 1, n - 2, t));
    }

    /// <summary>1-based ranks, ties sharing the average of the ranks they span.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = ((start + end) / 2.0) + 1;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var xMean = x.Average();
        var yMean = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - xMean) * (b - yMean)).Sum();
        var sxx = x.Sum(v => (v - xMean) * (v - xMean));
        var syy = y.Sum(v => (v - yMean) * (v - yMean));
        return sxx <= 0 || syy <= 0 ? null : Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}
