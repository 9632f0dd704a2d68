using System.Text.Json;
using FitFolio.Api.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitFolio.Api.Training.Equipment;

/// <summary>What each bar weighs, in the kit's unit.</summary>
public sealed record BarWeights(double Barbell, double WomensBar, double TrapBar, double EzBar);

/// <summary>The bars and plates of one unit: plates are made in kg or in lb sizes, so a gym has one kit of each.</summary>
public sealed record PlateKit(BarWeights Bars, IReadOnlyList<PlateCount> Plates);

/// <summary>One warm-up step: <see cref="Percent"/> of the first working set's weight, or the empty bar when null.</summary>
public sealed record RampStep(int? Percent, int Reps);

/// <summary>A lifter's bars, plates and warm-up ramp; an account without a row uses <see cref="Defaults"/>.</summary>
public sealed class EquipmentSettings
{
    public Guid UserId { get; set; }
    public PlateKit Kg { get; set; } = DefaultKg;
    public PlateKit Lb { get; set; } = DefaultLb;
    public IReadOnlyList<RampStep> WarmupRamp { get; set; } = DefaultRamp;
    public DateTimeOffset UpdatedAt { get; set; }

    public PlateKit KitFor(WeightUnit unit) => unit == WeightUnit.Lb ? Lb : Kg;

    public static readonly PlateKit DefaultKg = new(new BarWeights(20, 15, 25, 10),
        [new(25, 8), new(20, 4), new(15, 4), new(10, 4), new(5, 4), new(2.5, 4), new(1.25, 4)]);

    public static readonly PlateKit DefaultLb = new(new BarWeights(45, 35, 55, 25),
        [new(45, 8), new(35, 4), new(25, 4), new(10, 4), new(5, 4), new(2.5, 4)]);

    public static readonly IReadOnlyList<RampStep> DefaultRamp = [new(null, 10), new(40, 5), new(60, 3), new(80, 1)];

    public static EquipmentSettings Defaults(Guid userId) => new() { UserId = userId };
}

internal sealed class EquipmentSettingsConfiguration : IEntityTypeConfiguration<EquipmentSettings>
{
    public void Configure(EntityTypeBuilder<EquipmentSettings> settings)
    {
        settings.ToTable("equipment_settings");
        settings.HasKey(s => s.UserId);
        settings.HasOne<User>().WithOne().HasForeignKey<EquipmentSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // Read and written whole, never queried inside: a JSON text column each keeps the table the same on both providers.
        AsJson(settings.Property(s => s.Kg)).HasColumnName("kg_kit");
        AsJson(settings.Property(s => s.Lb)).HasColumnName("lb_kit");
        AsJson(settings.Property(s => s.WarmupRamp));
    }

    private static PropertyBuilder<T> AsJson<T>(PropertyBuilder<T> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
            v => JsonSerializer.Deserialize<T>(v, JsonSerializerOptions.Web)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!))
        .HasMaxLength(4000);
}
