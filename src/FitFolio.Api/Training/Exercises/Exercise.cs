using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Exercises;

/// <summary>A built-in exercise (no user, read-only, seeded from the catalogue) or one of a user's own.</summary>
public sealed class Exercise
{
    private Exercise()
    {
    }

    public Exercise(Guid id, Guid? userId, string? slug, string name, string[] primaryMuscles, string[] secondaryMuscles, string equipment, string? kind = null)
    {
        Id = id;
        UserId = userId;
        Slug = slug;
        Rename(name);
        PrimaryMuscles = primaryMuscles;
        SecondaryMuscles = secondaryMuscles;
        Equipment = equipment;
        Kind = kind ?? ExerciseKinds.DefaultFor(equipment);
    }

    public static Exercise BuiltIn(CatalogueEntry entry) =>
        new(Catalogue.IdFor(entry.Slug), null, entry.Slug, entry.Name, entry.PrimaryMuscles, entry.SecondaryMuscles, entry.Equipment, entry.Kind);

    public static Exercise Custom(Guid userId, string name, string[] primaryMuscles, string[] secondaryMuscles, string equipment, string? kind = null) =>
        new(Guid.CreateVersion7(), userId, null, name, primaryMuscles, secondaryMuscles, equipment, kind);

    public Guid Id { get; private set; }

    /// <summary>Null for built-ins.</summary>
    public Guid? UserId { get; private set; }

    public User? User { get; private set; }

    /// <summary>The catalogue's stable key of a built-in; null for custom exercises.</summary>
    public string? Slug { get; private set; }

    public string Name { get; private set; } = "";
    public string UniqueName { get; private set; } = "";
    public string SearchName { get; private set; } = "";
    public string[] PrimaryMuscles { get; set; } = [];
    public string[] SecondaryMuscles { get; set; } = [];
    public string Equipment { get; set; } = "";

    /// <summary>What a set of it measures (<see cref="ExerciseKinds"/>): which of reps, weight, time and distance it carries.</summary>
    public string Kind { get; set; } = ExerciseKinds.WeightReps;

    /// <summary>Hidden from the list but kept, because logged sets or templates still point at it.</summary>
    public bool IsArchived { get; private set; }

    public bool IsCustom => UserId is not null;

    public void Rename(string name)
    {
        Name = name.Trim();
        UniqueName = SearchText.UniqueKey(name);
        SearchName = SearchText.Fold(name);
    }

    public void Archive() => IsArchived = true;
}

internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    private static readonly ValueComparer<string[]> ListComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        a => a.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        a => a.ToArray());

    public void Configure(EntityTypeBuilder<Exercise> exercise)
    {
        exercise.ToTable("exercises");
        exercise.Property(e => e.Id).ValueGeneratedNever();
        exercise.Property(e => e.Slug).HasMaxLength(100);
        exercise.Property(e => e.Name).HasMaxLength(100);
        exercise.Property(e => e.UniqueName).HasMaxLength(100);
        exercise.Property(e => e.SearchName).HasMaxLength(100);
        exercise.Property(e => e.Equipment).HasMaxLength(32);
        exercise.Property(e => e.Kind).HasMaxLength(24).HasDefaultValue(ExerciseKinds.WeightReps);
        // A short comma-separated list reads and migrates the same on both providers; the vocabulary has no commas.
        exercise.Property(e => e.PrimaryMuscles).HasConversion(v => Join(v), v => Split(v), ListComparer).HasMaxLength(400);
        exercise.Property(e => e.SecondaryMuscles).HasConversion(v => Join(v), v => Split(v), ListComparer).HasMaxLength(400);
        exercise.HasIndex(e => e.Slug).IsUnique();
        // Both providers read "NOT is_archived" (SQLite stores booleans as 0/1).
        exercise.HasIndex(e => new { e.UserId, e.UniqueName }).IsUnique().HasFilter("NOT is_archived");
        exercise.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        exercise.HasData(Catalogue.Exercises.Select(Exercise.BuiltIn));
    }

    private static string Join(string[] values) => string.Join(',', values);

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
