using System.Text.Json.Serialization;

namespace FitFolio.Api.Imports;

public static class ImportFormats
{
    public const string Strong = "strong";
    public const string Hevy = "hevy";
    public const string FitFolio = "fitfolio";

    public static readonly string[] All = [Strong, Hevy, FitFolio];
}

/// <summary>The unit a number was written in; null when the file does not say, so the preview's chosen unit decides.</summary>
public static class ImportUnits
{
    public const string Kg = "kg";
    public const string Lb = "lb";
    public const string Meters = "m";
    public const string Kilometers = "km";
    public const string Miles = "mi";

    public const double KgPerLb = 0.45359237;
    public const double MetersPerMile = 1609.344;
}

/// <summary>One line of an import file as the parser understood it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "k")]
[JsonDerivedType(typeof(ImportedSet), "s")]
[JsonDerivedType(typeof(ImportedNote), "n")]
public abstract record ImportRow(int Line);

/// <summary>A logged set, with the workout it belongs to repeated on every row as the source files do.</summary>
/// <param name="Superset">The file's id of the superset the exercise was in (Hevy's superset_id), the same on each of its rows.</param>
public sealed record ImportedSet(
    int Line,
    DateTimeOffset StartedAt,
    string WorkoutName,
    int? WorkoutDurationSeconds,
    string? WorkoutNotes,
    string Exercise,
    string SetType,
    int Reps,
    double Weight,
    string? WeightUnit,
    double? Rpe,
    double? Distance,
    string? DistanceUnit,
    int? DurationSeconds,
    string? Notes,
    string? Superset = null) : ImportRow(Line);

/// <summary>A note about an exercise in a workout (Strong's "Note" set order, Hevy's exercise notes); kept in the workout's notes.</summary>
public sealed record ImportedNote(int Line, DateTimeOffset StartedAt, string WorkoutName, string Exercise, string Text) : ImportRow(Line);

/// <summary>A line that could not be read, reported to the user with its reason.</summary>
public sealed record SkippedRow(int Line, string Reason) : ImportRow(Line);

/// <summary>The file as a whole cannot be imported: not CSV, an unknown layout, or broken CSV structure at <see cref="Line"/>.</summary>
public sealed class ImportFileException(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;
}
