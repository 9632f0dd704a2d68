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

    /// <summary>The earliest time a workout or set may carry: nothing is logged from before it.</summary>
    public static readonly DateTimeOffset EarliestTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A time from 2000 to a day from now (time zones, a clock a little ahead); year 1 or 9999 breaks charts and sums.</summary>
    public static void Time(this ValidationErrors errors, DateTimeOffset? value, string field, DateTimeOffset now) =>
        errors.Check(value is null || (value >= EarliestTime && value <= now.AddDays(1)), field, "Must be a time from the year 2000 to a day from now.");

    /// <summary>RPE 1–10 in steps of 0.5.</summary>
    public static void Rpe(this ValidationErrors errors, double? value, string field) =>
        errors.Check(value is null || (value is >= 1 and <= 10 && Math.Abs((value.Value * 2) - Math.Round(value.Value * 2)) < 1e-9),
            field, "Must be from 1 to 10 in steps of 0.5.");
}
