namespace FitFolio.Api.Training.Equipment;

/// <summary>One warm-up set of a ramp, in the kit's unit.</summary>
public sealed record WarmupSet(double Weight, int Reps);

public static class WarmupRamp
{
    /// <summary>
    /// The ramp's sets for a working weight, each rounded to the nearest loadable weight (the bar and the plates; without
    /// a bar, the account's load step). A step is skipped when it rounds below the bar, to the previous step's weight or
    /// lower, or to the working weight or higher.
    /// </summary>
    public static IReadOnlyList<WarmupSet> For(double workingWeight, double? bar, IReadOnlyList<PlateCount> plates, double loadStep, IReadOnlyList<RampStep> steps)
    {
        var sets = new List<WarmupSet>();
        var previous = 0.0;
        foreach (var step in steps)
        {
            double? weight = step.Percent is not { } percent ? bar
                : bar is { } barWeight ? PlateMath.Nearest(workingWeight * percent / 100, barWeight, plates)
                : Math.Round(Math.Round(workingWeight * percent / 100 / loadStep, MidpointRounding.AwayFromZero) * loadStep, 2);
            if (weight is not { } w || w <= previous || w >= workingWeight || (bar is null && w <= 0))
            {
                continue;
            }

            sets.Add(new WarmupSet(w, step.Reps));
            previous = w;
        }

        return sets;
    }
}
