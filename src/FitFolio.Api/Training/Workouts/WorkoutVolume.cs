using System.Linq.Expressions;

namespace FitFolio.Api.Training.Workouts;

/// <summary>
/// The one definition of training volume: weight × reps summed over a workout's sets, warm-ups never counted. Only rep
/// kinds carry reps, so timed and distance sets add nothing, and an assisted bodyweight set (a negative load) adds nothing.
/// Summary, history list and detail all use it, in SQL through the expressions and in memory through <see cref="Total"/>.
/// </summary>
public static class WorkoutVolume
{
    public static readonly Expression<Func<WorkoutSet, bool>> Counts = s => s.SetType != SetTypes.Warmup;

    /// <summary>A counting set of analytics (in a completed workout): not a warm-up, at least one rep; bodyweight-only ones count for rep records.</summary>
    public static readonly Expression<Func<WorkoutSet, bool>> CountingSet = s => s.SetType != SetTypes.Warmup && s.Reps >= 1;

    /// <summary>A loaded counting set: a counting set with some weight, the only kind weights, e1RMs, set volumes and PRs read.</summary>
    public static readonly Expression<Func<WorkoutSet, bool>> LoadedCountingSet = s => s.SetType != SetTypes.Warmup && s.Reps >= 1 && s.WeightKg > 0;

    public static readonly Expression<Func<WorkoutSet, double>> OfSet = s => s.WeightKg > 0 ? s.Reps * s.WeightKg : 0;

    private static readonly Func<WorkoutSet, bool> CountsInMemory = Counts.Compile();
    private static readonly Func<WorkoutSet, double> OfSetInMemory = OfSet.Compile();

    public static double Total(IEnumerable<WorkoutSet> sets) => sets.Where(CountsInMemory).Sum(OfSetInMemory);
}
