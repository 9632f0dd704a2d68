using System.Linq.Expressions;

namespace FitFolio.Api.Training.Workouts;

/// <summary>
/// The one definition of training volume: weight × reps summed over a workout's sets, warm-ups never counted.
/// Summary, history list and detail all use it, in SQL through the expressions and in memory through <see cref="Total"/>.
/// </summary>
public static class WorkoutVolume
{
    public static readonly Expression<Func<WorkoutSet, bool>> Counts = s => s.SetType != SetTypes.Warmup;

    public static readonly Expression<Func<WorkoutSet, double>> OfSet = s => s.Reps * s.WeightKg;

    private static readonly Func<WorkoutSet, bool> CountsInMemory = Counts.Compile();
    private static readonly Func<WorkoutSet, double> OfSetInMemory = OfSet.Compile();

    public static double Total(IEnumerable<WorkoutSet> sets) => sets.Where(CountsInMemory).Sum(OfSetInMemory);
}
