using FitFolio.Api.Training.Workouts;
using nietras.SeparatedValues;
using static FitFolio.Api.Imports.StrongLayout;

namespace FitFolio.Api.Imports;

/// <summary>Hevy's CSV export, in kilograms (`weight_kg`, `distance_km`) or pounds (`weight_lbs`, `distance_miles`).</summary>
internal static class HevyLayout
{
    public static bool Matches(SepReaderHeader header) => Has(header, "exercise_title") && Has(header, "start_time");

    public static IEnumerable<ImportRow> Rows(SepReader reader, TimeZoneInfo zone)
    {
        var header = reader.Header;
        var columns = new Columns(
            Title: Index(header, "title"),
            Start: Index(header, "start_time"),
            End: Index(header, "end_time"),
            Description: Index(header, "description"),
            Exercise: Index(header, "exercise_title"),
            Superset: Index(header, "superset_id"),
            ExerciseNotes: Index(header, "exercise_notes"),
            SetType: Index(header, "set_type"),
            Weight: Index(header, "weight_kg", "weight_lbs"),
            WeightUnit: Has(header, "weight_lbs") ? ImportUnits.Lb : ImportUnits.Kg,
            Reps: Index(header, "reps"),
            Distance: Index(header, "distance_km", "distance_miles", "distance_meters"),
            DistanceUnit: Has(header, "distance_miles") ? ImportUnits.Miles : Has(header, "distance_meters") ? ImportUnits.Meters : ImportUnits.Kilometers,
            Duration: Index(header, "duration_seconds"),
            Rpe: Index(header, "rpe"));
        return CsvImportReader.Each(reader, row => Read(row, columns, zone)).SelectMany(rows => rows);
    }

    private static ImportRow[] Read(SepReader.Row row, Columns c, TimeZoneInfo zone)
    {
        var line = row.LineNumberFrom;
        var startText = Cell(row, c.Start);
        if (!ImportValues.TryHevyDate(startText, out var start))
        {
            return [new SkippedRow(line, $"The start time '{startText}' is not readable.")];
        }

        int? workoutSeconds = ImportValues.TryHevyDate(Cell(row, c.End), out var end) && end >= start ? (int)(end - start).TotalSeconds : null;
        var startedAt = ImportValues.InZone(start, zone);
        var workoutName = WorkoutName(Cell(row, c.Title));
        var exercise = Cell(row, c.Exercise);
        var setTypeText = Cell(row, c.SetType);
        var setType = setTypeText.ToLowerInvariant() switch
        {
            "" or "normal" => SetTypes.Working,
            "warmup" => SetTypes.Warmup,
            "failure" => SetTypes.Failure,
            "dropset" => SetTypes.Drop,
            _ => null,
        };
        if (setType is null)
        {
            return [new SkippedRow(line, $"The set type '{setTypeText}' is not normal, warmup, failure or dropset.")];
        }

        if (!ImportValues.TryNumber(Cell(row, c.Weight), out var weight)
            || !ImportValues.TryWholeNumber(Cell(row, c.Reps), out var reps)
            || !ImportValues.TryNumber(Cell(row, c.Rpe), out var rpe)
            || !ImportValues.TryNumber(Cell(row, c.Distance), out var distance)
            || !ImportValues.TryWholeNumber(Cell(row, c.Duration), out var seconds))
        {
            return [new SkippedRow(line, "A weight, reps, RPE, distance or duration cell is not a number.")];
        }

        var problem = CsvImportReader.Problem(exercise, reps, weight, c.WeightUnit, rpe, distance, seconds);
        if (problem is not null)
        {
            return [new SkippedRow(line, problem)];
        }

        var superset = Cell(row, c.Superset);
        var set = new ImportedSet(line, startedAt, workoutName, workoutSeconds, CsvImportReader.Truncate(Cell(row, c.Description), 2000), exercise,
            setType, reps ?? 0, weight ?? 0, c.WeightUnit, rpe, distance is 0 ? null : distance, c.DistanceUnit, seconds is 0 ? null : seconds,
            superset.Length == 0 ? null : $"Superset {superset}", superset.Length == 0 ? null : superset);
        var exerciseNotes = Cell(row, c.ExerciseNotes);
        return exerciseNotes.Length == 0 ? [set] : [set, new ImportedNote(line, startedAt, workoutName, exercise, exerciseNotes)];
    }

    private sealed record Columns(
        int Title, int Start, int End, int Description, int Exercise, int Superset, int ExerciseNotes, int SetType, int Weight, string WeightUnit,
        int Reps, int Distance, string DistanceUnit, int Duration, int Rpe);
}
