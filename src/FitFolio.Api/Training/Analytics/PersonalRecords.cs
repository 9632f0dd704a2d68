using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Analytics;

public static class PrTypes
{
    public const string Heaviest = "heaviest";
    public const string E1rm = "e1rm";
    public const string SetVolume = "set_volume";
    public const string RepMax = "rep_max";
}

/// <param name="Value">Kilograms: the weight (heaviest, rep_max), the e1RM or weight × reps (set_volume).</param>
/// <param name="Previous">The best of the earlier counting sets this one beat.</param>
/// <param name="Reps">The set's reps: for rep_max, the rep count whose record it is.</param>
public sealed record PersonalRecord(
    Guid SetId, Guid WorkoutId, Guid ExerciseId, string Type, double Value, double Previous, int Reps, DateTimeOffset AchievedAt);

/// <summary>The bests of an exercise's earlier loaded counting sets of one rep count: the heaviest, and the best e1RM by the lifter's formula.</summary>
public sealed record PriorBest(Guid ExerciseId, int Reps, double MaxWeightKg, double? E1rmKg);

/// <summary>
/// A loaded counting set is a PR of a type when it beats every earlier counting set of its exercise at it. The first
/// session of an exercise only sets the baselines, and a type needs an earlier value to beat.
/// </summary>
public static class PersonalRecords
{
    public const int MaxRepMaxReps = 12;

    /// <summary>
    /// Every PR in sets given in the order done: the whole history of their exercises, or the sets after a point in it with
    /// the bests before that point (<paramref name="prior"/>; an exercise that has them is past its baseline session).
    /// </summary>
    public static List<PersonalRecord> Find(IEnumerable<RatedSet> ordered, IEnumerable<PriorBest>? prior = null)
    {
        var prs = new List<PersonalRecord>();
        var bests = new Dictionary<Guid, Bests>();
        foreach (var best in prior ?? [])
        {
            if (!bests.TryGetValue(best.ExerciseId, out var bestsOfExercise))
            {
                bests[best.ExerciseId] = bestsOfExercise = new Bests(Guid.Empty);
            }

            bestsOfExercise.Add(best);
        }

        foreach (var rated in ordered.Where(r => r.Set.IsLoaded))
        {
            var set = rated.Set;
            if (!bests.TryGetValue(set.ExerciseId, out var best))
            {
                bests[set.ExerciseId] = best = new Bests(set.WorkoutId);
            }

            var baseline = set.WorkoutId == best.FirstWorkoutId;
            var repMax = set.Reps <= MaxRepMaxReps ? best.RepMaxes.GetValueOrDefault(set.Reps) : null;
            Check(PrTypes.Heaviest, set.WeightKg, ref best.Heaviest);
            Check(PrTypes.E1rm, rated.E1rmKg, ref best.E1rm);
            Check(PrTypes.SetVolume, set.VolumeKg, ref best.SetVolume);
            if (set.Reps <= MaxRepMaxReps)
            {
                Check(PrTypes.RepMax, set.WeightKg, ref repMax);
                best.RepMaxes[set.Reps] = repMax;
            }

            void Check(string type, double? value, ref double? record)
            {
                if (value is not { } v || v <= (record ?? double.MinValue))
                {
                    return;
                }

                if (!baseline && record is { } previous)
                {
                    prs.Add(new PersonalRecord(set.Id, set.WorkoutId, set.ExerciseId, type, Rounded(type, v), Rounded(type, previous), set.Reps, set.CompletedAt));
                }

                record = v;
            }
        }

        return prs;
    }

    /// <summary>The PRs set in one workout, judged against the whole history of its exercises.</summary>
    public static async Task<List<PersonalRecord>> OfWorkoutAsync(FitFolioDbContext db, Guid userId, Guid workoutId, CancellationToken cancellationToken)
    {
        var exerciseIds = await db.WorkoutSets.Where(s => s.WorkoutId == workoutId).Select(s => s.ExerciseId).Distinct().ToListAsync(cancellationToken);
        var settings = await AnalyticsSettings.LoadAsync(db, userId, cancellationToken);
        var sets = await CountingSets.LoadAsync(db, userId, exerciseIds, since: null, until: null, cancellationToken);
        return [.. Find(sets.Rate(settings)).Where(p => p.WorkoutId == workoutId)];
    }

    private static double Rounded(string type, double kg) => type == PrTypes.E1rm ? E1rm.Round(kg) : kg;

    private sealed class Bests(Guid firstWorkoutId)
    {
        public Guid FirstWorkoutId { get; } = firstWorkoutId;
        public double? Heaviest;
        public double? E1rm;
        public double? SetVolume;
        public Dictionary<int, double?> RepMaxes { get; } = [];

        public void Add(PriorBest best)
        {
            Heaviest = Max(Heaviest, best.MaxWeightKg);
            E1rm = Max(E1rm, best.E1rmKg);
            SetVolume = Max(SetVolume, best.MaxWeightKg * best.Reps);
            if (best.Reps <= MaxRepMaxReps)
            {
                RepMaxes[best.Reps] = Max(RepMaxes.GetValueOrDefault(best.Reps), best.MaxWeightKg);
            }
        }

        private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
    }
}
