using System.Globalization;
using FitFolio.Api.Account;

namespace FitFolio.Api.Training.Programs;

public static class ProgressionRules
{
    /// <summary>Add the increment after a session where every working set reached the top of the rep range.</summary>
    public const string Linear = "linear";

    /// <summary>Raise the rep goal one rep per successful session up to the range's top, then add weight and start again at the bottom.</summary>
    public const string DoubleProgression = "double";

    /// <summary>Three sets at weekly percentages of a training max (5/3/1-style), the last set of weeks 1–3 as many reps as possible.</summary>
    public const string TrainingMax = "training_max";

    public static readonly string[] All = [Linear, DoubleProgression, TrainingMax];
}

/// <summary>One week of the percentage scheme: each set's share of the training max and its reps.</summary>
public sealed record CycleWeekPlan(int Week, double[] Percents, int[] Reps, bool LastSetAmrap);

/// <summary>What a plan item gets from a template exercise once its rule has run.</summary>
public sealed record PlannedTargets(
    int Sets, int RepsMin, int RepsMax, double? TargetWeightKg, int? TargetReps, List<double>? SetWeightsKg, List<int>? SetReps, bool LastSetAmrap,
    string? Reason);

/// <summary>A working set of the last session: what the rules judge.</summary>
public sealed record DoneSet(int Reps, double WeightKg);

/// <summary>
/// The progression rules: given a template exercise's state and its working sets in the last session from the template,
/// move the state on (weight, rep goal, week, training max) and say what the next session plans and why.
/// </summary>
public static class Progression
{
    public const int WeeksPerCycle = 4;

    /// <summary>Weights within a hundredth of a kilogram count as the target (pounds converted to kg and back).</summary>
    private const double WeightTolerance = 0.01;

    public static readonly CycleWeekPlan[] Cycle =
    [
        new(1, [0.65, 0.75, 0.85], [5, 5, 5], true),
        new(2, [0.70, 0.80, 0.90], [3, 3, 3], true),
        new(3, [0.75, 0.85, 0.95], [5, 3, 1], true),
        new(4, [0.40, 0.50, 0.60], [5, 5, 5], false),
    ];

    /// <summary>
    /// Applies the rule to <paramref name="exercise"/> (changing its state when <paramref name="lastSession"/> holds sets
    /// not yet applied) and returns the next session's targets. <paramref name="stepKg"/> is the account's loading step.
    /// </summary>
    public static PlannedTargets Apply(TemplateExercise exercise, IReadOnlyList<DoneSet>? lastSession, WeightUnit unit, double stepKg)
    {
        var session = lastSession is { Count: > 0 } ? lastSession : null;
        switch (exercise.Progression)
        {
            case ProgressionRules.Linear when session is not null:
                AdvanceLinear(exercise, session, unit);
                break;
            case ProgressionRules.DoubleProgression when session is not null:
                AdvanceDouble(exercise, session, unit);
                break;
            case ProgressionRules.TrainingMax:
                return PlanWeek(exercise, session is not null, unit, stepKg);
            default:
                break;
        }

        var targetReps = exercise.Progression == ProgressionRules.DoubleProgression ? exercise.TargetReps ?? exercise.RepsMin : (int?)null;
        return new PlannedTargets(exercise.Sets, exercise.RepsMin, exercise.RepsMax, exercise.TargetWeightKg, targetReps, null, null, false,
            exercise.Progression is null ? null : exercise.ProgressionReason);
    }

    private static void AdvanceLinear(TemplateExercise exercise, IReadOnlyList<DoneSet> session, WeightUnit unit)
    {
        var weight = exercise.TargetWeightKg ?? session.Max(s => s.WeightKg);
        var (hit, of) = Hits(exercise, session, weight, exercise.RepsMax);
        if (hit == of)
        {
            exercise.TargetWeightKg = weight + (exercise.IncrementKg ?? 0);
            exercise.ProgressionReason = $"+{Weight(exercise.IncrementKg ?? 0, unit)}: all sets hit {exercise.RepsMax}";
        }
        else
        {
            exercise.TargetWeightKg = weight;
            exercise.ProgressionReason = $"Stay at {Weight(weight, unit)}: {hit} of {of} sets hit {exercise.RepsMax}";
        }
    }

    private static void AdvanceDouble(TemplateExercise exercise, IReadOnlyList<DoneSet> session, WeightUnit unit)
    {
        var weight = exercise.TargetWeightKg ?? session.Max(s => s.WeightKg);
        var goal = Math.Clamp(exercise.TargetReps ?? exercise.RepsMin, exercise.RepsMin, exercise.RepsMax);
        var (hit, of) = Hits(exercise, session, weight, goal);
        exercise.TargetWeightKg = weight;
        if (hit < of)
        {
            exercise.TargetReps = goal;
            exercise.ProgressionReason = $"Stay at {goal} reps: {hit} of {of} sets hit {goal}";
        }
        else if (goal < exercise.RepsMax)
        {
            exercise.TargetReps = goal + 1;
            exercise.ProgressionReason = $"+1 rep: all sets hit {goal}";
        }
        else
        {
            exercise.TargetWeightKg = weight + (exercise.IncrementKg ?? 0);
            exercise.TargetReps = exercise.RepsMin;
            exercise.ProgressionReason = $"+{Weight(exercise.IncrementKg ?? 0, unit)}, back to {exercise.RepsMin} reps: all sets hit {goal}";
        }
    }

    /// <summary>How many working sets reached the reps at the weight, out of the planned sets (or more, when more were done).</summary>
    private static (int Hit, int Of) Hits(TemplateExercise exercise, IReadOnlyList<DoneSet> session, double weightKg, int reps) =>
        (session.Count(s => s.Reps >= reps && s.WeightKg >= weightKg - WeightTolerance), Math.Max(exercise.Sets, session.Count));

    private static PlannedTargets PlanWeek(TemplateExercise exercise, bool sessionDone, WeightUnit unit, double stepKg)
    {
        var trainingMax = exercise.TrainingMaxKg ?? exercise.TargetWeightKg ?? 0;
        var week = Math.Clamp(exercise.CycleWeek ?? 1, 1, WeeksPerCycle);
        var newCycle = "";
        if (sessionDone)
        {
            week++;
            if (week > WeeksPerCycle)
            {
                var raised = trainingMax + (exercise.IncrementKg ?? 0);
                newCycle = $"New cycle: TM {Weight(trainingMax, unit)} → {Weight(raised, unit)}. ";
                trainingMax = raised;
                week = 1;
            }
        }

        var plan = Cycle[week - 1];
        exercise.CycleWeek = week;
        exercise.TrainingMaxKg = trainingMax;
        var percents = string.Join('/', plan.Percents.Select(p => Math.Round(p * 100).ToString(CultureInfo.InvariantCulture)));
        var scheme = plan.Reps.Distinct().Count() == 1 ? $"{plan.Reps.Length} × {plan.Reps[0]}" : string.Join('/', plan.Reps);
        var deload = plan.LastSetAmrap ? "" : " (deload)";
        if (sessionDone || exercise.ProgressionReason is null)
        {
            exercise.ProgressionReason = $"{newCycle}Week {week}{deload}: {scheme} at {percents} % of {Weight(trainingMax, unit)} TM";
        }

        var weights = plan.Percents.Select(p => RoundToStep(trainingMax * p, stepKg)).ToList();
        return new PlannedTargets(plan.Reps.Length, plan.Reps.Min(), plan.Reps.Max(), weights.Max(), null, weights, [.. plan.Reps], plan.LastSetAmrap,
            exercise.ProgressionReason);
    }

    /// <summary>The nearest multiple of the loading step (2.5 kg, or 5 lb in kg), so the bar can carry it.</summary>
    public static double RoundToStep(double kg, double stepKg) =>
        stepKg <= 0 ? kg : Math.Round(kg / stepKg, MidpointRounding.AwayFromZero) * stepKg;

    /// <summary>"2.5 kg", "5 lb": a weight in the account's unit for a reason line.</summary>
    public static string Weight(double kg, WeightUnit unit)
    {
        var value = unit == WeightUnit.Lb ? kg / User.FivePoundsInKg * 5 : kg;
        return $"{Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture)} {(unit == WeightUnit.Lb ? "lb" : "kg")}";
    }
}
