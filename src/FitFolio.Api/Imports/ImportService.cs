using System.Security.Cryptography;
using System.Text;
using FitFolio.Api.Exports;
using FitFolio.Api.Infrastructure.Persistence;
using FitFolio.Api.Training.Analytics;
using FitFolio.Api.Training.Exercises;
using FitFolio.Api.Training.Workouts;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Imports;

/// <summary>Turns an uploaded file into a preview, and a confirmed preview into completed workouts in one transaction.</summary>
public sealed class ImportService(FitFolioDbContext db, TimeProvider time)
{
    /// <summary>Workouts saved per round trip at commit; the change tracker is emptied between batches so memory stays flat.</summary>
    private const int WorkoutsPerBatch = 200;

    public async Task<ImportPreview> PreviewAsync(Guid userId, Stream file, string? format, string? unit, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        if (format == ImportFormats.FitFolio || (format is null && StartsWithBrace(file)))
        {
            return await PreviewExportAsync(userId, AccountRestore.Read(file), cancellationToken);
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var (detected, rows) = CsvImportReader.Read(file, format, zone);
        var setCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var workouts = new HashSet<(DateTimeOffset, string)>();
        var skipped = new List<SkippedLine>();
        var skippedCount = 0;
        var setCount = 0;
        using var staged = new StagedRows.Writer();
        foreach (var row in rows)
        {
            switch (row)
            {
                case ImportedSet set:
                    setCount++;
                    setCounts[set.Exercise] = setCounts.GetValueOrDefault(set.Exercise) + 1;
                    workouts.Add((set.StartedAt, set.WorkoutName));
                    staged.Add(set);
                    break;
                case ImportedNote note:
                    staged.Add(note);
                    break;
                case SkippedRow skip:
                    skippedCount++;
                    if (skipped.Count < ImportPreview.MaxSkippedListed)
                    {
                        skipped.Add(new SkippedLine(skip.Line, skip.Reason));
                    }

                    break;
            }
        }

        if (setCount == 0)
        {
            throw skipped.Count == 0
                ? new ImportFileException("The file holds no sets.")
                : new ImportFileException($"No set in the file could be read. Line {skipped[0].Line}: {skipped[0].Reason}", skipped[0].Line);
        }

        var matcher = new ExerciseMatcher(await CandidatesAsync(userId, cancellationToken));
        var preview = new ImportPreview
        {
            UserId = userId,
            Format = detected,
            CreatedAt = time.GetUtcNow(),
            Unit = unit ?? (user.Unit == Account.WeightUnit.Lb ? ImportUnits.Lb : ImportUnits.Kg),
            WorkoutCount = workouts.Count,
            SetCount = setCount,
            SkippedCount = skippedCount,
            Exercises = [.. setCounts.Select(e => (Name: e.Key, Count: e.Value, Match: matcher.Match(e.Key)))
                .Select(e => new ImportExercise(e.Name, e.Match.ExerciseId, e.Match.Confidence, e.Count))
                .OrderByDescending(e => e.SetCount).ThenBy(e => e.SourceName, StringComparer.Ordinal)],
            Skipped = skipped,
            Rows = staged.ToArray(),
        };
        db.ImportPreviews.Add(preview);
        await db.SaveChangesAsync(cancellationToken);
        return preview;
    }

    private async Task<ImportPreview> PreviewExportAsync(Guid userId, AccountExport export, CancellationToken cancellationToken)
    {
        var sets = export.Workouts.SelectMany(w => w.Sets).ToList();
        var preview = new ImportPreview
        {
            UserId = userId,
            Format = ImportFormats.FitFolio,
            CreatedAt = time.GetUtcNow(),
            Unit = export.Account.Unit,
            WorkoutCount = export.Workouts.Count,
            SetCount = sets.Count,
            Exercises = [.. export.Exercises.Select(e => new ImportExercise(e.Name, e.Id, 1, sets.Count(s => s.ExerciseId == e.Id)))],
            Rows = AccountRestore.Stage(export),
        };
        db.ImportPreviews.Add(preview);
        await db.SaveChangesAsync(cancellationToken);
        return preview;
    }

    /// <summary>A FitFolio export is JSON: its first character, after any BOM and blanks, is a brace.</summary>
    private static bool StartsWithBrace(Stream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var text = head[..read];
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        var first = text.TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] == (byte)'{';
    }

    /// <summary>The exercises a name may land on: the user's own first (their exact name wins), then the catalogue.</summary>
    public async Task<List<ExerciseCandidate>> CandidatesAsync(Guid userId, CancellationToken cancellationToken) =>
        [.. (await db.Exercises.AsNoTracking().VisibleTo(userId).Where(e => !e.IsArchived)
                .Select(e => new { e.Id, e.Name, e.Equipment, Custom = e.UserId != null }).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.Custom).Select(e => new ExerciseCandidate(e.Id, e.Name, e.Equipment))];

    /// <summary>
    /// Writes the preview's workouts, each completed, in one transaction; a workout whose start time, name and sets are
    /// already in the history is counted and left alone, so the same file imported twice adds nothing.
    /// </summary>
    /// <returns>Null when a FitFolio export cannot be restored here: the account is not empty or its rows exist already.</returns>
    public async Task<ImportResult?> CommitAsync(ImportPreview preview, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claims the preview atomically: a second concurrent commit finds it committed and writes nothing.
        var claimed = await db.ImportPreviews.Where(p => p.Id == preview.Id && p.Status == ImportStatus.Preview)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, ImportStatus.Committed), cancellationToken);
        if (claimed == 0)
        {
            return (await db.ImportPreviews.AsNoTracking().SingleAsync(p => p.Id == preview.Id, cancellationToken)).Result!;
        }

        if (preview.Format == ImportFormats.FitFolio)
        {
            var export = AccountRestore.Unstage(preview.Rows);
            if (!await AccountRestore.CanRestoreAsync(db, preview.UserId, export, cancellationToken))
            {
                return null;
            }

            AccountRestore.Restore(db, await db.Users.SingleAsync(u => u.Id == preview.UserId, cancellationToken), export);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await SessionBests.FillMissingAsync(db, preview.UserId, cancellationToken);
            return await FinishAsync(preview.Id, new ImportResult(export.Workouts.Count, export.Workouts.Sum(w => w.Sets.Count), 0, export.Exercises.Count),
                now, transaction, cancellationToken);
        }

        var (rowsPerWorkout, kinds) = Survey(StagedRows.Read(preview.Rows));
        var (exerciseIds, exercisesCreated) = await ResolveExercisesAsync(preview, kinds, cancellationToken);
        var present = await FingerprintsAsync(preview.UserId, rowsPerWorkout.Keys, cancellationToken);
        int created = 0, sets = 0, alreadyPresent = 0;
        foreach (var imported in Workouts(StagedRows.Read(preview.Rows), rowsPerWorkout, preview.Unit, exerciseIds))
        {
            if (!present.Add(imported.Fingerprint()))
            {
                alreadyPresent++;
                continue;
            }

            db.Workouts.Add(imported.ToWorkout(preview.UserId, now));
            created++;
            sets += imported.Sets.Count;
            if (created % WorkoutsPerBatch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await SessionBests.FillMissingAsync(db, preview.UserId, cancellationToken);
        return await FinishAsync(preview.Id, new ImportResult(created, sets, alreadyPresent, exercisesCreated), now, transaction, cancellationToken);
    }

    private async Task<ImportResult> FinishAsync(
        Guid previewId, ImportResult result, DateTimeOffset now, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        var stored = await db.ImportPreviews.SingleAsync(p => p.Id == previewId, cancellationToken);
        stored.CommittedAt = now;
        stored.Result = result;
        stored.Rows = [];
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<(Dictionary<string, Guid> Ids, int Created)> ResolveExercisesAsync(
        ImportPreview preview, Dictionary<string, SetMeasures> measures, CancellationToken cancellationToken)
    {
        var visible = (await db.Exercises.VisibleTo(preview.UserId).Where(e => !e.IsArchived)
            .Select(e => new { e.Id, e.UserId, e.UniqueName }).ToListAsync(cancellationToken));
        var ids = visible.Select(e => e.Id).ToHashSet();
        var ownByName = visible.Where(e => e.UserId != null).ToDictionary(e => e.UniqueName, e => e.Id, StringComparer.Ordinal);
        var resolved = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var created = 0;
        foreach (var exercise in preview.Exercises)
        {
            if (exercise.ExerciseId is { } id && ids.Contains(id))
            {
                resolved[exercise.SourceName] = id;
                continue;
            }

            // Unmapped names become custom exercises of the user, so no set is lost; a later edit can merge them.
            var create = exercise.Create ?? new NewExercise(exercise.SourceName.Trim(), "other", []);
            if (!ownByName.TryGetValue(SearchText.UniqueKey(create.Name), out var existing))
            {
                var custom = Exercise.Custom(preview.UserId, create.Name, create.PrimaryMuscles, [], create.Equipment,
                    measures.GetValueOrDefault(exercise.SourceName).Kind);
                db.Exercises.Add(custom);
                existing = ownByName[custom.UniqueName] = custom.Id;
                created++;
            }

            resolved[exercise.SourceName] = existing;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (resolved, created);
    }

    private static (DateTimeOffset StartedAt, string Name) Key(ImportRow row) => row switch
    {
        ImportedSet s => (s.StartedAt, s.WorkoutName),
        ImportedNote n => (n.StartedAt, n.WorkoutName),
        _ => throw new InvalidOperationException("only sets and notes are staged"),
    };

    /// <summary>One pass over the staged rows: how many each workout has, and what each exercise name's sets measure.</summary>
    private static (Dictionary<(DateTimeOffset StartedAt, string Name), int> RowsPerWorkout, Dictionary<string, SetMeasures> Measures) Survey(
        IEnumerable<ImportRow> rows)
    {
        var counts = new Dictionary<(DateTimeOffset, string), int>();
        var measures = new Dictionary<string, SetMeasures>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var key = Key(row);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (row is ImportedSet set)
            {
                measures[set.Exercise] = measures.GetValueOrDefault(set.Exercise).With(set);
            }
        }

        return (counts, measures);
    }

    /// <summary>
    /// Yields each workout as soon as its last row is read: exports list a workout's rows together, so only one workout
    /// is held at a time, and the memory of a commit does not grow with the file.
    /// </summary>
    private static IEnumerable<ImportedWorkout> Workouts(
        IEnumerable<ImportRow> rows, Dictionary<(DateTimeOffset StartedAt, string Name), int> rowsPerWorkout, string unit, Dictionary<string, Guid> exerciseIds)
    {
        var open = new Dictionary<(DateTimeOffset, string), (ImportedWorkout Workout, int Rows)>();
        foreach (var row in rows)
        {
            var key = Key(row);
            var (workout, seen) = open.TryGetValue(key, out var found) ? found : (new ImportedWorkout(key.StartedAt, key.Name), 0);
            workout.Add(row, unit, exerciseIds);
            if (seen + 1 == rowsPerWorkout[key])
            {
                open.Remove(key);
                yield return workout;
            }
            else
            {
                open[key] = (workout, seen + 1);
            }
        }
    }

    private async Task<HashSet<string>> FingerprintsAsync(
        Guid userId, Dictionary<(DateTimeOffset StartedAt, string Name), int>.KeyCollection workouts, CancellationToken cancellationToken)
    {
        if (workouts.Count == 0)
        {
            return [];
        }

        var from = workouts.Min(w => w.StartedAt);
        var to = workouts.Max(w => w.StartedAt);
        var existing = await db.Workouts.AsNoTracking()
            .Where(w => w.UserId == userId && w.StartedAt >= from && w.StartedAt <= to)
            .Select(w => new
            {
                w.StartedAt,
                w.TemplateName,
                Sets = w.Sets.Select(s => new { s.ExerciseId, s.Reps, s.WeightKg, s.SetType }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. existing.Select(w => ImportedWorkout.Fingerprint(w.StartedAt, w.TemplateName, w.Sets.Select(s => (s.ExerciseId, s.Reps, s.WeightKg, s.SetType))))];
    }
}

/// <summary>One workout of the file, gathered from its rows.</summary>
internal sealed class ImportedWorkout(DateTimeOffset startedAt, string name)
{
    private readonly List<string> _notes = [];
    private readonly Dictionary<Guid, string> _supersets = [];

    public DateTimeOffset StartedAt { get; } = startedAt;
    public string Name { get; } = name;
    public int? DurationSeconds { get; private set; }
    public List<WorkoutSet> Sets { get; } = [];

    public void Add(ImportRow row, string unit, Dictionary<string, Guid> exerciseIds)
    {
        if (row is ImportedNote note)
        {
            AddNote($"{note.Exercise}: {note.Text}");
            return;
        }

        var set = (ImportedSet)row;
        DurationSeconds ??= set.WorkoutDurationSeconds;
        if (set.WorkoutNotes is not null)
        {
            AddNote(set.WorkoutNotes);
        }

        if (set.Superset is not null)
        {
            _supersets.TryAdd(exerciseIds[set.Exercise], set.Superset);
        }

        Sets.Add(new WorkoutSet
        {
            Id = Guid.CreateVersion7(),
            ExerciseId = exerciseIds[set.Exercise],
            Reps = set.Reps,
            WeightKg = (set.WeightUnit ?? unit) == ImportUnits.Lb ? set.Weight * ImportUnits.KgPerLb : set.Weight,
            Rpe = set.Rpe,
            SetType = set.SetType,
            Notes = set.Notes,
            DurationSeconds = set.DurationSeconds,
            DistanceM = set.Distance is { } distance ? Meters(distance, set.DistanceUnit ?? (unit == ImportUnits.Lb ? ImportUnits.Miles : ImportUnits.Kilometers)) : null,
        });
    }

    public string Fingerprint() => Fingerprint(StartedAt, Name, Sets.Select(s => (s.ExerciseId, s.Reps, s.WeightKg, s.SetType)));

    /// <summary>Start time to the second, name and the sets as a multiset (order-free), hashed: "the same workout".</summary>
    public static string Fingerprint(DateTimeOffset startedAt, string? name, IEnumerable<(Guid ExerciseId, int Reps, double WeightKg, string SetType)> sets)
    {
        var text = new StringBuilder().Append(startedAt.ToUnixTimeSeconds()).Append('|').Append(name).Append('|');
        foreach (var set in sets.Select(s => FormattableString.Invariant($"{s.ExerciseId:N},{s.Reps},{Math.Round(s.WeightKg, 3)},{s.SetType}")).Order(StringComparer.Ordinal))
        {
            text.Append(set).Append(';');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public Workout ToWorkout(Guid userId, DateTimeOffset now)
    {
        var workout = new Workout
        {
            UserId = userId,
            StartedAt = StartedAt,
            TemplateName = Name,
            Notes = CsvImportReader.Truncate(string.Join('\n', _notes), 2000),
        };
        for (var i = 0; i < Sets.Count; i++)
        {
            var set = Sets[i];
            set.UserId = userId;
            set.WorkoutId = workout.Id;
            // The files keep no time per set: a second apart keeps their order.
            set.CompletedAt = StartedAt.AddSeconds(i + 1);
            set.CreatedAt = now;
            workout.Sets.Add(set);
        }

        var supersetIds = _supersets.Values.Distinct().ToList();
        workout.Exercises = WorkoutExercise.ListOf([], Sets.Select(s => s.ExerciseId),
            _supersets.ToDictionary(p => p.Key, p => (int?)(supersetIds.IndexOf(p.Value) + 1)));
        workout.Complete(StartedAt.AddSeconds(Math.Max(DurationSeconds ?? 0, Sets.Count)));
        return workout;
    }

    private void AddNote(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    private static double Meters(double distance, string unit) => unit switch
    {
        ImportUnits.Kilometers => distance * 1000,
        ImportUnits.Miles => distance * ImportUnits.MetersPerMile,
        _ => distance,
    };
}

/// <summary>What the sets of one exercise name carry, so a custom exercise made for it logs the same things (a run, not reps).</summary>
internal readonly record struct SetMeasures(bool Reps, bool Weight, bool Distance, bool Duration)
{
    public SetMeasures With(ImportedSet set) =>
        new(Reps || set.Reps > 0, Weight || set.Weight > 0, Distance || set.Distance > 0, Duration || set.DurationSeconds > 0);

    /// <summary>Null (the equipment's usual kind) when any set has reps or none has a distance or time.</summary>
    public string? Kind => Reps ? null
        : Distance ? (Weight ? ExerciseKinds.WeightDistance : ExerciseKinds.DistanceTime)
        : Duration ? ExerciseKinds.Time
        : null;
}
