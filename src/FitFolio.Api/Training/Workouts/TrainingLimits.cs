using FitFolio.Api.Infrastructure.Errors;

namespace FitFolio.Api.Training.Workouts;

/// <summary>The API's limits (docs/API.md) shared by templates and logged sets.</summary>
public static class TrainingLimits
{
    public const double MaxWeightKg = 1500;
    public const int MaxReps = 1000;

    public static void WeightKg(this ValidationErrors errors, double? value, string field, bool required) =>
        errors.Check(value is null ? !required : value is >= 0 and <= MaxWeightKg, field, $"Must be a weight from 0 to {MaxWeightKg} kg.");

    public static void Reps(this ValidationErrors errors, int? value, string field) =>
        errors.Check(value is >= 0 and <= MaxReps, field, $"Must be a whole number from 0 to {MaxReps}.");

    /// <summary>RPE 1–10 in steps of 0.5.</summary>
    public static void Rpe(this ValidationErrors errors, double? value, string field) =>
        errors.Check(value is null || (value is >= 1 and <= 10 && Math.Abs((value.Value * 2) - Math.Round(value.Value * 2)) < 1e-9),
            field, "Must be from 1 to 10 in steps of 0.5.");
}
