using FitFolio.Api.Infrastructure.Errors;

namespace FitFolio.Api.Training.Equipment;

/// <summary>The limits of bars, plates and ramps (docs/API.md): sane gym values that keep the plate maths small.</summary>
public static class EquipmentRules
{
    public const double MaxBar = 100;
    public const double MaxPlate = 100;
    public const int MaxPlateCount = 50;
    public const int MaxPlateSizes = 12;
    public const int MaxRampSteps = 8;
    public const int MaxRampReps = 50;

    public static void Kit(ValidationErrors errors, PlateKit? kit, string field)
    {
        if (kit?.Bars is null || kit.Plates is null)
        {
            errors.Add(field, "Required: bars and plates.");
            return;
        }

        Weight(errors, kit.Bars.Barbell, $"{field}.bars.barbell", MaxBar);
        Weight(errors, kit.Bars.WomensBar, $"{field}.bars.womensBar", MaxBar);
        Weight(errors, kit.Bars.TrapBar, $"{field}.bars.trapBar", MaxBar);
        Weight(errors, kit.Bars.EzBar, $"{field}.bars.ezBar", MaxBar);
        errors.Check(kit.Plates.Count <= MaxPlateSizes, $"{field}.plates", $"At most {MaxPlateSizes} plate sizes.");
        for (var i = 0; i < kit.Plates.Count && i < MaxPlateSizes; i++)
        {
            var plate = kit.Plates[i];
            if (plate is null)
            {
                errors.Add($"{field}.plates[{i}]", "Required.");
                continue;
            }

            Weight(errors, plate.Weight, $"{field}.plates[{i}].weight", MaxPlate);
            errors.Check(plate.Count is >= 0 and <= MaxPlateCount, $"{field}.plates[{i}].count", $"Must be from 0 to {MaxPlateCount}.");
            errors.Check(kit.Plates.Take(i).All(p => p is null || Math.Abs(p.Weight - plate.Weight) > 0.001), $"{field}.plates[{i}].weight", "Each plate size once.");
        }
    }

    public static void Ramp(ValidationErrors errors, IReadOnlyList<RampStep>? ramp, string field)
    {
        if (ramp is null || ramp.Count is < 1 or > MaxRampSteps)
        {
            errors.Add(field, $"Must have 1 to {MaxRampSteps} steps.");
            return;
        }

        for (var i = 0; i < ramp.Count; i++)
        {
            errors.Check(ramp[i] is not null, $"{field}[{i}]", "Required.");
            errors.Check(ramp[i]?.Percent is null or >= 1 and <= 100, $"{field}[{i}].percent", "Must be from 1 to 100, or null for the empty bar.");
            errors.Check(ramp[i] is null || ramp[i].Reps is >= 1 and <= MaxRampReps, $"{field}[{i}].reps", $"Must be from 1 to {MaxRampReps}.");
        }
    }

    /// <summary>Plates heaviest first, so every screen lists them alike.</summary>
    public static PlateKit Tidy(PlateKit kit) => kit with { Plates = [.. kit.Plates.OrderByDescending(p => p.Weight)] };

    /// <summary>More than 0, at most <paramref name="max"/>, in hundredths (1.25, 2.5; the plate maths counts in hundredths).</summary>
    private static void Weight(ValidationErrors errors, double value, string field, double max) =>
        errors.Check(value is > 0 && value <= max && Math.Abs((value * 100) - Math.Round(value * 100)) < 1e-6, field,
            $"Must be more than 0 and at most {max}, in steps of 0.01.");
}
