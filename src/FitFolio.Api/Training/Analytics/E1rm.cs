namespace FitFolio.Api.Training.Analytics;

/// <summary>The estimated one-rep-max formulas a user can choose (an account setting).</summary>
public static class E1rmFormulas
{
    public const string Epley = "epley";
    public const string Brzycki = "brzycki";
    public const string Rpe = "rpe";

    public static readonly string[] All = [Epley, Brzycki, Rpe];
}

/// <summary>
/// Estimated one-rep max of a set, in kg: Epley w·(1 + r/30); Brzycki w·36/(37 − r) up to 12 reps; RPE-based w / fraction,
/// where x = (10 − RPE) + (r − 1) and the fraction of the max is a fitted curve floored at 0.5. Null when the formula has no value.
/// </summary>
public static class E1rm
{
    public const int BrzyckiMaxReps = 12;
    private const double RpeFloor = 0.5;

    public static double? Of(string formula, double weightKg, int reps, double? rpe)
    {
        if (reps < 1 || weightKg <= 0)
        {
            return null;
        }

        return formula switch
        {
            E1rmFormulas.Brzycki => Brzycki(weightKg, reps),
            E1rmFormulas.Rpe => FromRpe(weightKg, reps, rpe),
            _ => Epley(weightKg, reps),
        };
    }

    public static double Epley(double weightKg, int reps) => reps == 1 ? weightKg : weightKg * (1 + (reps / 30.0));

    public static double? Brzycki(double weightKg, int reps) => reps <= BrzyckiMaxReps ? weightKg * 36 / (37 - reps) : null;

    public static double? FromRpe(double weightKg, int reps, double? rpe)
    {
        if (rpe is not { } effort)
        {
            return null;
        }

        var x = (10 - effort) + (reps - 1);
        var fraction = x <= 2.92
            ? ((0.347619 * x * x) - (4.60714 * x) + 99.9667) / 100
            : ((-2.64249 * x) + 97.0955) / 100;
        return weightKg / Math.Max(fraction, RpeFloor);
    }

    /// <summary>Kilograms as they travel: two decimals.</summary>
    public static double Round(double kg) => Math.Round(kg, 2, MidpointRounding.AwayFromZero);
}
