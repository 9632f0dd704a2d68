using FitFolio.Api.Training.Workouts;
using nietras.SeparatedValues;

namespace FitFolio.Api.Imports;

/// <summary>
/// Strong's three CSV layouts, told apart by their columns: the oldest (`;`, with `Weight Unit` and `Distance Unit`
/// columns), the middle one (`,`, am/pm dates, no unit columns) and the newest (quoted, `Workout #`, `Duration (sec)`,
/// `Weight (kg|lbs)`, `Distance (meters)`, and `Rest Timer` rows).
/// </summary>
internal static class StrongLayout
{
    public static bool Matches(SepReaderHeader header) =>
        Has(header, "Exercise Name") && Has(header, "Set Order") && Has(header, "Date") && Has(header, "Reps");

    public static IEnumerable<ImportRow> Rows(SepReader reader, TimeZoneInfo zone)
    {
        var header = reader.Header;
        var columns = new Columns(
            Date: Index(header, "Date"),
            WorkoutName: Index(header, "Workout Name"),
            Duration: Index(header, "Duration (sec)", "Duration", "Workout Duration"),
            Exercise: Index(header, "Exercise Name"),
            SetOrder: Index(header, "Set Order"),
            Weight: Index(header, "Weight (kg)", "Weight (lbs)", "Weight"),
            WeightUnit: Has(header, "Weight (kg)") ? ImportUnits.Kg : Has(header, "Weight (lbs)") ? ImportUnits.Lb : null,
            WeightUnitColumn: Index(header, "Weight Unit"),
            Reps: Index(header, "Reps"),
            Rpe: Index(header, "RPE"),
            Distance: Index(header, "Distance (meters)", "Distance (km)", "Distance (miles)", "Distance"),
            DistanceUnit: Has(header, "Distance (meters)") ? ImportUnits.Meters : Has(header, "Distance (km)") ? ImportUnits.Kilometers
                : Has(header, "Distance (miles)") ? ImportUnits.Miles : null,
            DistanceUnitColumn: Index(header, "Distance Unit"),
            Seconds: Index(header, "Seconds"),
            Notes: Index(header, "Notes"),
            WorkoutNotes: Index(header, "Workout Notes"));
        return CsvImportReader.Each(reader, row => Read(row, columns, zone)).OfType<ImportRow>();
    }

    private static ImportRow? Read(SepReader.Row row, Columns c, TimeZoneInfo zone)
    {
        var line = row.LineNumberFrom;
        var setOrder = Cell(row, c.SetOrder);
        if (setOrder.Equals("Rest Timer", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var dateText = Cell(row, c.Date);
        if (!ImportValues.TryStrongDate(dateText, out var local))
        {
            return new SkippedRow(line, $"The date '{dateText}' is not readable.");
        }

        var startedAt = ImportValues.InZone(local, zone);
        var workoutName = WorkoutName(Cell(row, c.WorkoutName));
        var exercise = Cell(row, c.Exercise);
        if (setOrder.Equals("Note", StringComparison.OrdinalIgnoreCase))
        {
            var text = Cell(row, c.Notes);
            return text.Length == 0 ? null : new ImportedNote(line, startedAt, workoutName, exercise, text);
        }

        var setType = SetType(setOrder);
        if (setType is null)
        {
            return new SkippedRow(line, $"The set order '{setOrder}' is not a number, W, D, F, Note or Rest Timer.");
        }

        var weightUnit = c.WeightUnit ?? Unit(Cell(row, c.WeightUnitColumn));
        var distanceUnit = c.DistanceUnit ?? Unit(Cell(row, c.DistanceUnitColumn));
        if (!ImportValues.TryNumber(Cell(row, c.Weight), out var weight)
            || !ImportValues.TryWholeNumber(Cell(row, c.Reps), out var reps)
            || !ImportValues.TryNumber(Cell(row, c.Rpe), out var rpe)
            || !ImportValues.TryNumber(Cell(row, c.Distance), out var distance)
            || !ImportValues.TryWholeNumber(Cell(row, c.Seconds), out var seconds)
            || !ImportValues.TryDuration(Cell(row, c.Duration), out var workoutSeconds))
        {
            return new SkippedRow(line, "A weight, reps, RPE, distance or duration cell is not a number.");
        }

        var problem = CsvImportReader.Problem(exercise, reps, weight, weightUnit, rpe, distance, seconds);
        return problem is not null
            ? new SkippedRow(line, problem)
            : new ImportedSet(line, startedAt, workoutName, workoutSeconds, CsvImportReader.Truncate(Cell(row, c.WorkoutNotes), 2000), exercise,
                setType, reps ?? 0, weight ?? 0, weightUnit, rpe, distance is 0 ? null : distance, distanceUnit, seconds is 0 ? null : seconds,
                CsvImportReader.Truncate(Cell(row, c.Notes), 500));
    }

    private static string? SetType(string setOrder) => setOrder.ToUpperInvariant() switch
    {
        "W" => SetTypes.Warmup,
        "D" => SetTypes.Drop,
        "F" => SetTypes.Failure,
        "" => SetTypes.Working,
        var number when int.TryParse(number, out _) => SetTypes.Working,
        _ => null,
    };

    private static string? Unit(string text) => text.ToLowerInvariant() switch
    {
        "kg" or "kgs" => ImportUnits.Kg,
        "lb" or "lbs" => ImportUnits.Lb,
        "m" => ImportUnits.Meters,
        "km" => ImportUnits.Kilometers,
        "mi" or "miles" => ImportUnits.Miles,
        _ => null,
    };

    internal static string WorkoutName(string name) => CsvImportReader.Truncate(name, 100) ?? "Workout";

    internal static string Cell(SepReader.Row row, int index) => index < 0 ? "" : ImportValues.Clean(row[index].ToString());

    internal static bool Has(SepReaderHeader header, string name) => header.TryIndexOf(name, out _);

    internal static int Index(SepReaderHeader header, params string[] names)
    {
        foreach (var name in names)
        {
            if (header.TryIndexOf(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    private sealed record Columns(
        int Date, int WorkoutName, int Duration, int Exercise, int SetOrder, int Weight, string? WeightUnit, int WeightUnitColumn, int Reps,
        int Rpe, int Distance, string? DistanceUnit, int DistanceUnitColumn, int Seconds, int Notes, int WorkoutNotes);
}
