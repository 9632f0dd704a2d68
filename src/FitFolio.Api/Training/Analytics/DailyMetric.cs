using FitFolio.Api.Account;
using FitFolio.Api.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Analytics;

/// <summary>What a lifter logs about one local day besides training: body, sleep, energy. One row per user and date.</summary>
public sealed class DailyMetric
{
    public Guid UserId { get; set; }
    public DateOnly Date { get; set; }
    public double? BodyWeightKg { get; set; }
    public double? BodyFatPercent { get; set; }
    public double? SleepHours { get; set; }

    /// <summary>1 (poor) to 5 (excellent).</summary>
    public int? SleepQuality { get; set; }

    /// <summary>1 (drained) to 5 (full of energy).</summary>
    public int? Energy { get; set; }

    public string? Notes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The API's limits for daily metrics (docs/API.md).</summary>
public static class DailyMetricLimits
{
    public const int NotesMaxLength = 500;

    public static void Range(this ValidationErrors errors, double? value, double min, double max, string field, string unit) =>
        errors.Check(value is null || (value >= min && value <= max), field, $"Must be from {min} to {max}{unit}.");

    public static void Scale(this ValidationErrors errors, int? value, string field) =>
        errors.Check(value is null or >= 1 and <= 5, field, "Must be a whole number from 1 to 5.");
}

internal sealed class DailyMetricConfiguration : IEntityTypeConfiguration<DailyMetric>
{
    public void Configure(EntityTypeBuilder<DailyMetric> metric)
    {
        metric.ToTable("daily_metrics");
        // The key is the rule "one row per user per local date", and serves the date-range reads in key order.
        metric.HasKey(m => new { m.UserId, m.Date });
        metric.Property(m => m.Notes).HasMaxLength(DailyMetricLimits.NotesMaxLength);
        metric.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
