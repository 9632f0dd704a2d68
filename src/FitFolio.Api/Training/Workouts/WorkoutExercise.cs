using FitFolio.Api.Training.Exercises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Workouts;

/// <summary>
/// One exercise on a workout's ordered list: what the lifter sees and in which order, whether or not a set is logged yet.
/// The key is (workout, exercise), so an exercise is listed once and concurrent adds cannot duplicate it.
/// </summary>
public sealed class WorkoutExercise
{
    public Guid WorkoutId { get; set; }
    public Guid ExerciseId { get; set; }
    public Exercise? Exercise { get; set; }

    /// <summary>0-based place within the workout.</summary>
    public int Position { get; set; }

    /// <summary>The superset or circuit it belongs to (<see cref="ExerciseGroups"/>); null when done on its own.</summary>
    public int? Group { get; set; }

    /// <summary>
    /// A workout's list built from what it plans (in plan order), then the exercises of its sets (in the order done), each once;
    /// each in the group <paramref name="groups"/> gives it, kept only where the members still stand together.
    /// </summary>
    public static List<WorkoutExercise> ListOf(IEnumerable<Guid> planned, IEnumerable<Guid> logged, IReadOnlyDictionary<Guid, int?>? groups = null)
    {
        var ids = planned.Concat(logged).Distinct().ToList();
        var grouped = ExerciseGroups.Normalize([.. ids.Select(id => groups?.GetValueOrDefault(id))]);
        return [.. ids.Select((exerciseId, position) => new WorkoutExercise { ExerciseId = exerciseId, Position = position, Group = grouped[position] })];
    }
}

internal sealed class WorkoutExerciseConfiguration : IEntityTypeConfiguration<WorkoutExercise>
{
    public void Configure(EntityTypeBuilder<WorkoutExercise> item)
    {
        item.ToTable("workout_exercises");
        item.HasKey(e => new { e.WorkoutId, e.ExerciseId });
        item.Property(e => e.Group).HasColumnName("superset_group");
        item.HasOne<Workout>().WithMany(w => w.Exercises).HasForeignKey(e => e.WorkoutId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION (checked at the end of the statement) lets a user's deletion cascade through both paths.
        item.HasOne(e => e.Exercise).WithMany().HasForeignKey(e => e.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
