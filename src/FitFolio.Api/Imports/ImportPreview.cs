using System.Text.Json;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Imports;

public static class ImportStatus
{
    public const string Preview = "preview";
    public const string Committed = "committed";
}

/// <summary>How one exercise name of the file lands: on an existing exercise, on a new custom one, or (unmapped) on one made from the name.</summary>
public sealed record ImportExercise(string SourceName, Guid? ExerciseId, double Confidence, int SetCount, NewExercise? Create = null);

public sealed record NewExercise(string Name, string Equipment, string[] PrimaryMuscles);

public sealed record SkippedLine(int Line, string Reason);

public sealed record ImportResult(int WorkoutsCreated, int SetsCreated, int WorkoutsAlreadyPresent, int ExercisesCreated);

/// <summary>
/// An uploaded file between upload and commit: the parsed rows, compressed, and the summary the user confirms. Nothing
/// reaches the user's history until commit, which then keeps only the summary and the result.
/// </summary>
public sealed class ImportPreview
{
    /// <summary>Enough lines for the user to see what went wrong; the total is always reported.</summary>
    public const int MaxSkippedListed = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public string Format { get; set; } = "";
    public string Status { get; set; } = ImportStatus.Preview;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CommittedAt { get; set; }

    /// <summary>The unit of weights in a file that does not say (Strong's middle layout); the user may change it before commit.</summary>
    public string Unit { get; set; } = ImportUnits.Kg;

    public int WorkoutCount { get; set; }
    public int SetCount { get; set; }
    public int SkippedCount { get; set; }
    public string ExercisesJson { get; set; } = "[]";
    public string SkippedJson { get; set; } = "[]";
    public string? ResultJson { get; set; }

    /// <summary>The parsed rows as gzipped JSON lines; emptied at commit.</summary>
    public byte[] Rows { get; set; } = [];

    public List<ImportExercise> Exercises
    {
        get => JsonSerializer.Deserialize<List<ImportExercise>>(ExercisesJson, JsonSerializerOptions.Web) ?? [];
        set => ExercisesJson = JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
    }

    public List<SkippedLine> Skipped
    {
        get => JsonSerializer.Deserialize<List<SkippedLine>>(SkippedJson, JsonSerializerOptions.Web) ?? [];
        set => SkippedJson = JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
    }

    public ImportResult? Result
    {
        get => ResultJson is null ? null : JsonSerializer.Deserialize<ImportResult>(ResultJson, JsonSerializerOptions.Web);
        set => ResultJson = value is null ? null : JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
    }
}

internal sealed class ImportPreviewConfiguration : IEntityTypeConfiguration<ImportPreview>
{
    public void Configure(EntityTypeBuilder<ImportPreview> preview)
    {
        preview.ToTable("import_previews");
        preview.Property(p => p.Id).ValueGeneratedNever();
        preview.Property(p => p.Format).HasMaxLength(16);
        preview.Property(p => p.Status).HasMaxLength(16);
        preview.Property(p => p.Unit).HasMaxLength(2);
        preview.Ignore(p => p.Exercises);
        preview.Ignore(p => p.Skipped);
        preview.Ignore(p => p.Result);
        preview.HasIndex(p => new { p.UserId, p.CreatedAt });
        preview.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
