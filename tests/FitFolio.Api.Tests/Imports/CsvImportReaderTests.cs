using System.Text;
using FitFolio.Api.Imports;

namespace FitFolio.Api.Tests.Imports;

public sealed class CsvImportReaderTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static List<ImportRow> Read(string text, TimeZoneInfo? zone = null, string? format = null, bool bom = false) =>
        Read(ExportFiles.Utf8(text, bom), zone, format);

    private static List<ImportRow> Read(byte[] bytes, TimeZoneInfo? zone = null, string? format = null)
    {
        var (_, rows) = CsvImportReader.Read(new MemoryStream(bytes), format, zone ?? Utc);
        return [.. rows];
    }

    private static string Format(string text) => CsvImportReader.Read(new MemoryStream(ExportFiles.Utf8(text)), null, Utc).Format;

    [Fact]
    public void The_newest_Strong_layout_reads_every_set_and_skips_rest_timer_rows()
    {
        var history = ExportFiles.History(60);

        var rows = Read(ExportFiles.StrongNewest(history));

        var sets = rows.OfType<ImportedSet>().ToList();
        Assert.Equal(ExportFiles.SetCount(history), sets.Count);
        Assert.Equal(1200, sets.Count);
        Assert.Empty(rows.OfType<SkippedRow>());
        var first = sets[0];
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 18, 2, 11, TimeSpan.Zero), first.StartedAt);
        Assert.Equal(("Push Day", "Bench Press (Barbell)", "warmup", 10, 14.0, "kg"), (first.WorkoutName, first.Exercise, first.SetType, first.Reps, first.Weight, first.WeightUnit));
        Assert.Equal(3600, first.WorkoutDurationSeconds);
        Assert.Equal(2, first.Line);
        Assert.Equal("failure", sets[3].SetType);
        Assert.Equal(9, sets[3].Rpe);
        Assert.Equal(7, sets[4].Line);
    }

    [Fact]
    public void The_middle_Strong_layout_reads_am_pm_dates_with_a_narrow_no_break_space_in_the_users_zone()
    {
        var history = ExportFiles.History(30);

        var rows = Read(ExportFiles.StrongMiddle(history, "\r\n"), Paris, bom: true);

        var sets = rows.OfType<ImportedSet>().ToList();
        Assert.Equal(ExportFiles.SetCount(history), sets.Count);
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 17, 2, 11, TimeSpan.Zero), sets[0].StartedAt);
        Assert.Null(sets[0].WeightUnit);
        Assert.Equal(3600, sets[0].WorkoutDurationSeconds);
        Assert.Equal("Bench Press (Barbell)", sets[0].Exercise);
    }

    [Fact]
    public void The_oldest_Strong_layout_reads_semicolons_decimal_commas_and_the_unit_column()
    {
        var text = ExportFiles.StrongOldestHeader + "\n"
            + "2019-03-04 18:23:11;Stronglifts A;Squat (Barbell);1;82,5;kg;5;8,5;;;;felt heavy;first day back;1h 2m\n"
            + "2019-03-04 18:23:11;Stronglifts A;Bench Press (Barbell);1;135;lbs;5;;;;;;first day back;1h 2m\n"
            + "2019-03-04 18:23:11;Stronglifts A;Running (Treadmill);1;0;;0;;2,5;km;900;;first day back;1h 2m\n";

        var sets = Read(text).OfType<ImportedSet>().ToList();

        Assert.Equal(3, sets.Count);
        Assert.Equal((82.5, "kg", 8.5, "felt heavy", "first day back", 3720), (sets[0].Weight, sets[0].WeightUnit, sets[0].Rpe, sets[0].Notes, sets[0].WorkoutNotes, sets[0].WorkoutDurationSeconds));
        Assert.Equal((135.0, "lb"), (sets[1].Weight, sets[1].WeightUnit));
        Assert.Equal((2.5, "km", 900), (sets[2].Distance, sets[2].DistanceUnit, sets[2].DurationSeconds));
        Assert.Equal(ImportFormats.Strong, Format(text));
    }

    [Fact]
    public void A_generated_oldest_Strong_history_reads_every_set()
    {
        var history = ExportFiles.History(45);

        var sets = Read(ExportFiles.StrongOldest(history)).OfType<ImportedSet>().ToList();

        Assert.Equal(ExportFiles.SetCount(history), sets.Count);
        Assert.All(sets, s => Assert.Equal("kg", s.WeightUnit));
        Assert.Equal(history[10].Sets[2].WeightKg, sets[(10 * 20) + 2].Weight);
    }

    [Theory]
    [InlineData(false, "kg")]
    [InlineData(true, "lb")]
    public void Hevy_exports_read_in_kilograms_or_pounds(bool pounds, string unit)
    {
        var history = ExportFiles.History(40);

        var rows = Read(ExportFiles.Hevy(history, pounds), Paris);

        var sets = rows.OfType<ImportedSet>().ToList();
        Assert.Equal(ExportFiles.SetCount(history), sets.Count);
        Assert.Empty(rows.OfType<SkippedRow>());
        Assert.All(sets, s => Assert.Equal(unit, s.WeightUnit));
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 17, 2, 0, TimeSpan.Zero), sets[0].StartedAt);
        Assert.Equal(("warmup", "working", "failure"), (sets[0].SetType, sets[1].SetType, sets[3].SetType));
        Assert.Equal(3600, sets[0].WorkoutDurationSeconds);
        Assert.Equal(ImportFormats.Hevy, CsvImportReader.Read(new MemoryStream(ExportFiles.Utf8(ExportFiles.Hevy(history, pounds))), null, Utc).Format);
    }

    [Fact]
    public void Hevy_supersets_drop_sets_notes_and_cardio_are_kept()
    {
        var text = ExportFiles.HevyKgHeader + "\r\n"
            + "\"Upper\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"Felt strong\",\"Bench Press (Barbell)\",\"1\",\"pause at the chest\",\"0\",\"dropset\",\"60\",\"12\",\"\",\"\",\"\"\r\n"
            + "\"Upper\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"Felt strong\",\"Rowing Machine\",\"\",\"\",\"0\",\"normal\",\"\",\"\",\"2.1\",\"600\",\"\"\r\n";

        var rows = Read(text, bom: true);

        var sets = rows.OfType<ImportedSet>().ToList();
        Assert.Equal(("drop", "Superset 1", "1", "Felt strong"), (sets[0].SetType, sets[0].Notes, sets[0].Superset, sets[0].WorkoutNotes));
        Assert.Equal((2.1, "km", 600, 0, 0.0), (sets[1].Distance, sets[1].DistanceUnit, sets[1].DurationSeconds, sets[1].Reps, sets[1].Weight));
        var note = Assert.Single(rows.OfType<ImportedNote>());
        Assert.Equal(("Bench Press (Barbell)", "pause at the chest"), (note.Exercise, note.Text));
    }

    [Fact]
    public void Odd_rows_are_reported_with_their_line_and_reason_and_the_rest_are_read()
    {
        var text = ExportFiles.StrongNewestHeader + "\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"1\",\"100\",\"5\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"yesterday\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"2\",\"100\",\"5\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"X\",\"100\",\"5\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"3\",\"heavy\",\"5\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"4\",\"100\",\"-2\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"\",\"5\",\"100\",\"5\",\"\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"6\",\"100\",\"5\",\"11\",\"0\",\"0\",\"\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"Note\",\"0\",\"0\",\"\",\"0\",\"0\",\"elbows tucked\",\"\"\n"
            + "\"1\",\"2024-01-08 18:02:11\",\"Push\",\"3920\",\"Bench Press (Barbell)\",\"D\",\"80\",\"10\",\"\",\"0\",\"0\",\"\",\"\"\n";

        var rows = Read(text);

        Assert.Equal([2, 10], rows.OfType<ImportedSet>().Select(s => s.Line));
        Assert.Equal("drop", rows.OfType<ImportedSet>().Last().SetType);
        Assert.Equal(9, Assert.Single(rows.OfType<ImportedNote>()).Line);
        var skipped = rows.OfType<SkippedRow>().ToList();
        Assert.Equal([3, 4, 5, 6, 7, 8], skipped.Select(s => s.Line));
        Assert.Contains("'yesterday'", skipped[0].Reason);
        Assert.Contains("'X'", skipped[1].Reason);
        Assert.Contains("not a number", skipped[2].Reason);
        Assert.Contains("Reps", skipped[3].Reason);
        Assert.Contains("exercise name", skipped[4].Reason);
        Assert.Contains("RPE", skipped[5].Reason);
    }

    [Fact]
    public void A_row_with_a_missing_cell_stops_the_import_naming_its_line()
    {
        var lines = ExportFiles.StrongNewest(ExportFiles.History(3)).Split('\n').ToList();
        lines[7] = lines[7][..lines[7].LastIndexOf(',')];

        var error = Assert.Throws<ImportFileException>(() => Read(string.Join('\n', lines)));

        Assert.Equal(8, error.Line);
        Assert.Contains("Line 8", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_stops_the_import_naming_the_line_it_starts_on()
    {
        var text = ExportFiles.HevyKgHeader + "\n"
            + "\"Upper\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"\",\"Bench Press (Barbell)\",\"\",\"\",\"0\",\"normal\",\"60\",\"12\",\"\",\"\",\"\"\n"
            + "\"Upper\",\"30 Jan 2025, 12:34\",\"30 Jan 2025, 13:40\",\"\",\"Bench Press (Barbell),\"\",\"\",\"1\",\"normal\",\"60\",\"12\",\"\",\"\",\"\"\n";

        var error = Assert.Throws<ImportFileException>(() => Read(text));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_binary_file_is_refused_as_not_csv()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var error = Assert.Throws<ImportFileException>(() => Read(png));

        Assert.Contains("not a CSV file", error.Message);
    }

    [Theory]
    [InlineData("name,age\nBob,42\n", null)]
    [InlineData("", null)]
    [InlineData(ExportFiles.StrongMiddleHeader + "\n", "hevy")]
    public void A_csv_file_from_another_app_or_the_wrong_format_is_refused(string text, string? format)
    {
        var error = Assert.Throws<ImportFileException>(() => Read(Encoding.UTF8.GetBytes(text), format: format));

        Assert.Equal(1, error.Line);
    }

    public static TheoryData<string> Layouts => ["strong-newest-kg", "strong-newest-lb", "strong-middle", "strong-oldest", "hevy-kg", "hevy-lb", "hevy-semicolon"];

    private static string Logged(string layout, List<ExportFiles.Workout> history) => layout switch
    {
        "strong-newest-kg" => ExportFiles.StrongNewest(history),
        "strong-newest-lb" => ExportFiles.StrongNewest(history, "\r\n", pounds: true),
        "strong-middle" => ExportFiles.StrongMiddle(history),
        "strong-oldest" => ExportFiles.StrongOldest(history),
        "hevy-kg" => ExportFiles.Hevy(history),
        "hevy-lb" => ExportFiles.Hevy(history, pounds: true, "\r\n"),
        "hevy-semicolon" => ExportFiles.Hevy(history, separator: ';'),
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>A distance in metres; a file without a unit says nothing, and the preview's default unit (kg) reads kilometres.</summary>
    private static double Meters(double distance, string? unit) =>
        distance * (unit switch { ImportUnits.Meters => 1, ImportUnits.Miles => ImportUnits.MetersPerMile, _ => 1000 });

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_realistic_export_in_each_layout_reads_every_set_run_and_drop_set_and_reports_each_odd_row_by_its_line(string layout)
    {
        var history = ExportFiles.AsLogged(ExportFiles.History(36));
        var lines = Logged(layout, history).Split('\n');
        // Three bench press sets get a date no app writes.
        int[] odd = [.. lines.Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Contains("Bench Press (Barbell)", StringComparison.Ordinal) && !l.text.Contains("Rest Timer", StringComparison.Ordinal))
            .Select(l => l.line).Where((_, i) => i is 2 or 20 or 45)];
        foreach (var line in odd)
        {
            lines[line - 1] = lines[line - 1].Replace("2024", "20X4", StringComparison.Ordinal);
        }

        var rows = Read(string.Join('\n', lines), Paris, bom: layout == "hevy-kg");

        var sets = rows.OfType<ImportedSet>().ToList();
        Assert.Equal(744 - 3, sets.Count);
        Assert.Equal(ExportFiles.SetCount(history) - 3, sets.Count);
        Assert.Equal(odd, rows.OfType<SkippedRow>().Select(s => s.Line));
        Assert.All(rows.OfType<SkippedRow>(), s => Assert.Contains("20X4", s.Reason));
        var runs = history.SelectMany(w => w.Sets).Where(s => s.Exercise == ExportFiles.Treadmill).Select(s => (s.Seconds, s.DistanceM)).ToList();
        Assert.Equal(12, runs.Count);
        Assert.Equal(runs, sets.Where(s => s.Exercise == ExportFiles.Treadmill)
            .Select(s => (s.DurationSeconds, s.Distance is { } d ? Math.Round(Meters(d, s.DistanceUnit), 6) : (double?)null)));
        // The two older Strong layouts have no drop-set marker: Strong numbered those sets.
        Assert.Equal(layout is "strong-middle" or "strong-oldest" ? 0 : 12, sets.Count(s => s.SetType == "drop"));
        Assert.Equal(layout.EndsWith("-lb", StringComparison.Ordinal) ? "lb" : layout == "strong-middle" ? null : "kg", sets[0].WeightUnit);
    }

    [Fact]
    public void A_realistic_newest_Strong_export_keeps_the_note_row_of_each_noted_exercise()
    {
        var rows = Read(ExportFiles.StrongNewest(ExportFiles.AsLogged(ExportFiles.History(36))));

        var notes = rows.OfType<ImportedNote>().ToList();
        Assert.Equal(12, notes.Count);
        Assert.All(notes, n => Assert.Equal(("Pull Day", "Deadlift (Barbell)", "Straps from the third set"), (n.WorkoutName, n.Exercise, n.Text)));
        Assert.Empty(rows.OfType<SkippedRow>());
    }

    [Fact]
    public void A_realistic_Hevy_export_keeps_its_supersets_and_exercise_notes()
    {
        var rows = Read(ExportFiles.Hevy(ExportFiles.AsLogged(ExportFiles.History(36)), pounds: true));

        var sets = rows.OfType<ImportedSet>().ToList();
        var supersetted = sets.Where(s => s.Exercise is "Triceps Pushdown (Cable - Straight Bar)" or "Lateral Raise (Dumbbell)").ToList();
        Assert.Equal(12 * 9, supersetted.Count);
        Assert.All(supersetted, s => Assert.Equal(("0", "Superset 0"), (s.Superset, s.Notes)));
        Assert.All(sets.Except(supersetted), s => Assert.Null(s.Superset));
        var notes = rows.OfType<ImportedNote>().ToList();
        Assert.Equal(12, notes.DistinctBy(n => n.StartedAt).Count());
        Assert.All(notes, n => Assert.Equal(("Deadlift (Barbell)", "Straps from the third set"), (n.Exercise, n.Text)));
    }

    [Fact]
    public void A_time_skipped_by_daylight_saving_moves_forward_an_hour()
    {
        var text = ExportFiles.StrongMiddleHeader + "\n" + "2024-03-31 2:30:00 AM,Early,45m,Squat (Barbell),1,100,5,,,,,\n";

        var set = Assert.Single(Read(text, Paris).OfType<ImportedSet>());

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), set.StartedAt);
        Assert.Equal(2700, set.WorkoutDurationSeconds);
    }
}
