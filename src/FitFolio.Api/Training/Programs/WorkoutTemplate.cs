using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Programs;

/// <summary>One planned session of a program; its exercises keep the order the user gave them.</summary>
public sealed class WorkoutTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProgramId { get; set; }
    public TrainingProgram? Program { get; set; }
    public string Name { get; set; } = "";

    /// <summary>0-based place within the program.</summary>
    public int Position { get; set; }

    public List<TemplateExercise> Exercises { get; set; } = [];

    /// <summary>The start of the last session from this template whose result the progression rules have applied; later ones are still to apply.</summary>
    public DateTimeOffset? ProgressedThrough { get; set; }

    /// <summary>Each exercise's group, from its first place in the template (a workout lists an exercise once).</summary>
    public Dictionary<Guid, int?> GroupsByExercise() =>
        Exercises.OrderBy(e => e.Position).DistinctBy(e => e.ExerciseId).ToDictionary(e => e.ExerciseId, e => e.Group);

    public WorkoutTemplate Duplicate(string name, int position) => new()
    {
        ProgramId = ProgramId,
        Name = name,
        Position = position,
        Exercises = [.. Exercises.OrderBy(e => e.Position).Select(e => e.Copy())],
    };
}

public sealed class TemplateExercise
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TemplateId { get; set; }
    public Guid ExerciseId { get; set; }
    public Exercise? Exercise { get; set; }

    /// <summary>0-based place within the template.</summary>
    public int Position { get; set; }

    /// <summary>The superset or circuit it belongs to (<see cref="ExerciseGroups"/>); null when done on its own.</summary>
    public int? Group { get; set; }

    public int Sets { get; set; }
    public int RepsMin { get; set; }
    public int RepsMax { get; set; }
    public int RestSeconds { get; set; }
    public double? TargetRpe { get; set; }
    public double? TargetWeightKg { get; set; }
    public string? Notes { get; set; }

    /// <summary>How the next session's targets follow from the last one (<see cref="ProgressionRules"/>); null: they stay as written.</summary>
    public string? Progression { get; set; }

    /// <summary>What a success adds: to the weight (linear, double progression) or to the training max after a cycle.</summary>
    public double? IncrementKg { get; set; }

    /// <summary>Double progression's current rep goal, from repsMin up to repsMax.</summary>
    public int? TargetReps { get; set; }

    /// <summary>The training max the percentage scheme works from.</summary>
    public double? TrainingMaxKg { get; set; }

    /// <summary>The percentage scheme's week (1–4) of the next session.</summary>
    public int? CycleWeek { get; set; }

    /// <summary>Why the targets are what they are, from the last time the rule ran ("+2.5 kg: all sets hit 8").</summary>
    public string? ProgressionReason { get; set; }

    public TemplateExercise Copy() => new()
    {
        ExerciseId = ExerciseId,
        Position = Position,
        Group = Group,
        Sets = Sets,
        RepsMin = RepsMin,
        RepsMax = RepsMax,
        RestSeconds = RestSeconds,
        TargetRpe = TargetRpe,
        TargetWeightKg = TargetWeightKg,
        Notes = Notes,
        Progression = Progression,
        IncrementKg = IncrementKg,
        TargetReps = TargetReps,
        TrainingMaxKg = TrainingMaxKg,
        CycleWeek = CycleWeek,
        ProgressionReason = ProgressionReason,
    };
}

internal sealed class WorkoutTemplateConfiguration : IEntityTypeConfiguration<WorkoutTemplate>
{
    public void Configure(EntityTypeBuilder<WorkoutTemplate> template)
    {
        template.ToTable("workout_templates");
        template.Property(t => t.Id).ValueGeneratedNever();
        template.Property(t => t.Name).HasMaxLength(100);
        template.HasIndex(t => new { t.ProgramId, t.Position });
        template.HasMany(t => t.Exercises).WithOne().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TemplateExerciseConfiguration : IEntityTypeConfiguration<TemplateExercise>
{
    public void Configure(EntityTypeBuilder<TemplateExercise> exercise)
    {
        exercise.ToTable("template_exercises");
        exercise.Property(e => e.Id).ValueGeneratedNever();
        exercise.Property(e => e.Notes).HasMaxLength(500);
        exercise.Property(e => e.Group).HasColumnName("superset_group");
        exercise.Property(e => e.Progression).HasMaxLength(32);
        exercise.Property(e => e.ProgressionReason).HasMaxLength(200);
        exercise.HasIndex(e => new { e.TemplateId, e.Position });
        // NO ACTION (checked at the end of the statement) lets a user's deletion cascade through both paths.
        exercise.HasOne(e => e.Exercise).WithMany().HasForeignKey(e => e.ExerciseId).OnDelete(DeleteBehavior.NoAction);
    }
}
