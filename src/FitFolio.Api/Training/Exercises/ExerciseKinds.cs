using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Training.Workouts;

namespace FitFolio.Api.Training.Exercises;

/// <summary>
/// What a set of an exercise measures (docs/adr/0018): the fields a set must carry and the ones it must not, so a plank
/// never gets reps and a squat never gets a distance. Volume (weight × reps) therefore only ever comes from rep kinds.
/// </summary>
public static class ExerciseKinds
{
    /// <summary>Load × reps: a squat, a curl.</summary>
    public const string WeightReps = "weight_reps";

    /// <summary>Reps of the body's own weight, with optional added load (positive) or assistance (negative): a pull-up.</summary>
    public const string BodyweightReps = "bodyweight_reps";

    /// <summary>A hold for time, with optional added load: a plank.</summary>
    public const string Time = "time";

    /// <summary>Distance, time or both: a run, a row.</summary>
    public const string DistanceTime = "distance_time";

    /// <summary>Load moved over a distance, time optional: a farmer's walk, a sled push.</summary>
    public const string WeightDistance = "weight_distance";

    public static readonly string[] All = [WeightReps, BodyweightReps, Time, DistanceTime, WeightDistance];

    public const int MaxDurationSeconds = 24 * 60 * 60;
    public const double MaxDistanceM = 1_000_000;

    /// <summary>The most assistance (a negative load) a bodyweight set may carry.</summary>
    public const double MaxAssistanceKg = 500;

    /// <summary>The kind an exercise gets when none is named: its equipment's usual one.</summary>
    public static string DefaultFor(string equipment) => equipment == "bodyweight" ? BodyweightReps : WeightReps;

    public static bool Counted(string kind) => kind is WeightReps or BodyweightReps;

    public static void Kind(this ValidationErrors errors, string? kind, string field, bool required) =>
        errors.Check(kind is null ? !required : All.Contains(kind), field, $"Must be one of: {string.Join(", ", All)}.");

    /// <summary>Checks a set's numbers against its exercise's kind: what the kind needs is required, what it does not use is refused.</summary>
    public static void SetValues(this ValidationErrors errors, string kind, int? reps, double? weightKg, int? durationSeconds, double? distanceM)
    {
        var usesReps = kind is WeightReps or BodyweightReps;
        if (usesReps)
        {
            errors.Reps(reps, "reps");
        }
        else
        {
            Refuse(errors, reps is not null, "reps", kind);
        }

        switch (kind)
        {
            case WeightReps or WeightDistance:
                // A missing weight is never guessed as 0 kg.
                errors.WeightKg(weightKg, "weightKg", required: true);
                break;
            case BodyweightReps:
                errors.Check(weightKg is null or >= -MaxAssistanceKg and <= TrainingLimits.MaxWeightKg, "weightKg",
                    $"Must be added load up to {TrainingLimits.MaxWeightKg} kg, or assistance down to -{MaxAssistanceKg} kg.");
                break;
            case Time:
                errors.WeightKg(weightKg, "weightKg", required: false);
                break;
            default:
                Refuse(errors, weightKg is not null, "weightKg", kind);
                break;
        }

        var durationRequired = kind == Time || (kind == DistanceTime && distanceM is null);
        if (kind is Time or DistanceTime or WeightDistance)
        {
            errors.Check(durationSeconds is null ? !durationRequired : durationSeconds is >= 1 and <= MaxDurationSeconds, "durationSeconds",
                durationRequired && durationSeconds is null
                    ? kind == Time ? "Required." : "Enter a distance, a time or both."
                    : $"Must be whole seconds from 1 to {MaxDurationSeconds}.");
        }
        else
        {
            Refuse(errors, durationSeconds is not null, "durationSeconds", kind);
        }

        if (kind is DistanceTime or WeightDistance)
        {
            errors.Check(distanceM is null ? kind == DistanceTime : distanceM is > 0 and <= MaxDistanceM, "distanceM",
                distanceM is null ? "Required." : $"Must be more than 0 and at most {MaxDistanceM} m.");
        }
        else
        {
            Refuse(errors, distanceM is not null, "distanceM", kind);
        }
    }

    private static void Refuse(ValidationErrors errors, bool present, string field, string kind) =>
        errors.Check(!present, field, $"Not used by exercises of kind {kind}; leave it out.");
}
