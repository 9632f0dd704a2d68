namespace FitFolio.Api.Training.Equipment;

/// <summary>Plates of one size the lifter owns; <see cref="Count"/> is plates in all, so a side gets half of them.</summary>
public sealed record PlateCount(double Weight, int Count);

/// <summary>A loadable weight and the plates on each side of the bar, heaviest first.</summary>
public sealed record PlateLoadOption(double Total, IReadOnlyList<double> PerSide);

public static class PlateLoadKinds
{
    /// <summary>The exercise uses no bar (dumbbells, machines, cables, bodyweight): there is nothing to load.</summary>
    public const string NoBar = "no_bar";

    /// <summary>The weight is lighter than the empty bar.</summary>
    public const string BelowBar = "below_bar";

    public const string Exact = "exact";

    /// <summary>These plates cannot make the weight: see the nearest loadable weights below and above.</summary>
    public const string Inexact = "inexact";
}

/// <param name="PerSide">The plates per side when the weight loads exactly, else empty.</param>
public sealed record PlateLoad(string Kind, IReadOnlyList<double> PerSide, PlateLoadOption? Below, PlateLoadOption? Above);

/// <summary>
/// Which plates go on each side of a bar for a weight, and the nearest loadable weights when it cannot be made. The web app
/// has the same rules in plate-math.ts; both are checked against tests/fixtures/plates.json.
/// </summary>
public static class PlateMath
{
    /// <summary>Weights are reckoned in hundredths of the unit, so 1.25 and 2.5 add up without floating-point drift.</summary>
    private const int Scale = 100;

    public static PlateLoad Load(double target, double? bar, IReadOnlyList<PlateCount> plates)
    {
        if (bar is not { } barWeight)
        {
            return new PlateLoad(PlateLoadKinds.NoBar, [], null, null);
        }

        var barUnits = ToUnits(barWeight);
        var targetUnits = ToUnits(target);
        if (targetUnits < barUnits)
        {
            return new PlateLoad(PlateLoadKinds.BelowBar, [], null, new PlateLoadOption(barWeight, []));
        }

        // Both sides together: each plate on a side adds twice its weight to the bar.
        var sizes = plates.Where(p => p.Count >= 2 && p.Weight > 0)
            .GroupBy(p => ToUnits(p.Weight))
            .Select(g => (Load: 2 * g.Key, PerSide: g.Sum(p => p.Count) / 2))
            .OrderByDescending(s => s.Load)
            .ToArray();
        var load = targetUnits - barUnits;
        var ceiling = load + (sizes.Length == 0 ? 0 : sizes[0].Load);
        var reachable = Reachable(sizes, ceiling);
        if (reachable[load])
        {
            return new PlateLoad(PlateLoadKinds.Exact, PerSide(sizes, load), null, null);
        }

        var below = Enumerable.Range(0, load).Reverse().First(l => reachable[l]);
        var above = Enumerable.Range(load + 1, ceiling - load).Cast<int?>().FirstOrDefault(l => reachable[l!.Value]);
        return new PlateLoad(PlateLoadKinds.Inexact, [], Option(barUnits, below, sizes), above is { } a ? Option(barUnits, a, sizes) : null);
    }

    /// <summary>The loadable weight nearest to <paramref name="target"/> (the lighter one on a tie), or null when the bar alone is too heavy.</summary>
    public static double? Nearest(double target, double bar, IReadOnlyList<PlateCount> plates)
    {
        var load = Load(target, bar, plates);
        return load.Kind switch
        {
            PlateLoadKinds.Exact => FromUnits(ToUnits(target)),
            PlateLoadKinds.BelowBar => null,
            _ when load.Above is null || target - load.Below!.Total <= load.Above.Total - target => load.Below!.Total,
            _ => load.Above.Total,
        };
    }

    private static PlateLoadOption Option(int barUnits, int load, (int Load, int PerSide)[] sizes) =>
        new(FromUnits(barUnits + load), PerSide(sizes, load));

    private static bool[] Reachable((int Load, int PerSide)[] sizes, int ceiling)
    {
        var reachable = new bool[ceiling + 1];
        reachable[0] = true;
        foreach (var (size, count) in sizes)
        {
            for (var k = 0; k < count; k++)
            {
                for (var l = ceiling; l >= size; l--)
                {
                    reachable[l] |= reachable[l - size];
                }
            }
        }

        return reachable;
    }

    /// <summary>As many of the heaviest plates as still allow the rest to be made: the combination a lifter would reach for.</summary>
    private static double[] PerSide((int Load, int PerSide)[] sizes, int load)
    {
        var failed = new HashSet<(int, int)>();
        var chosen = new List<double>();
        return Fill(0, load) ? [.. chosen] : throw new InvalidOperationException("The load was reachable but no plates were found.");

        bool Fill(int index, int remaining)
        {
            if (remaining == 0)
            {
                return true;
            }

            if (index == sizes.Length || failed.Contains((index, remaining)))
            {
                return false;
            }

            var (size, count) = sizes[index];
            for (var k = Math.Min(count, remaining / size); k >= 0; k--)
            {
                chosen.AddRange(Enumerable.Repeat(FromUnits(size / 2), k));
                if (Fill(index + 1, remaining - (k * size)))
                {
                    return true;
                }

                chosen.RemoveRange(chosen.Count - k, k);
            }

            failed.Add((index, remaining));
            return false;
        }
    }

    private static int ToUnits(double weight) => (int)Math.Round(weight * Scale, MidpointRounding.AwayFromZero);

    private static double FromUnits(int units) => (double)units / Scale;
}
