using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FitFolio.Api.Training.Exercises;

/// <param name="Kind">What a set measures (<see cref="ExerciseKinds"/>); stored, so it reaches databases by migration.</param>
/// <param name="Instructions">How to do it, in three short parts; read from this file when served, never stored.</param>
/// <param name="Aliases">Other names lifters search by ("OHP", "Military Press"); search data only, never stored in the database.</param>
public sealed record CatalogueEntry(
    string Slug, string Name, string[] PrimaryMuscles, string[] SecondaryMuscles, string Equipment, string Kind, ExerciseInstructions Instructions,
    string[]? Aliases = null);

/// <summary>Own-words coaching cues: how to set up, how to do a rep, and what commonly goes wrong.</summary>
public sealed record ExerciseInstructions(string Setup, string Execution, string Mistakes);

/// <param name="Abbreviations">Search words that stand for another word ("db" → "dumbbell").</param>
public sealed record CatalogueFile(int Version, string[] Muscles, string[] Equipment, Dictionary<string, string> Abbreviations, CatalogueEntry[] Exercises);

/// <summary>
/// The built-in exercises and the muscle and equipment vocabularies, read from the embedded catalogue.json.
/// Built-ins are seeded by migration (see docs/adr/0007): their ids derive from their slugs, so a later release can
/// update or add rows with UpdateData/InsertData and users' rows that point at them stay valid.
/// </summary>
public static class Catalogue
{
    public const string ResourceName = "FitFolio.Api.Training.Exercises.catalogue.json";

    /// <summary>The namespace of built-in exercise ids; never change it, or every seeded id changes.</summary>
    public static readonly Guid IdNamespace = new("6f1b5c0e-3d2a-4c7e-9b8f-2a1d4e5c6b7a");

    private static readonly Lazy<CatalogueFile> File = new(Load);
    private static readonly Lazy<Exercise[]> BuiltInRows = new(() => [.. File.Value.Exercises.Select(Exercise.BuiltIn)]);
    private static readonly Lazy<Dictionary<string, CatalogueEntry>> BySlug =
        new(() => File.Value.Exercises.ToDictionary(e => e.Slug, StringComparer.Ordinal));
    private static readonly Lazy<Dictionary<string, string[]>> AliasesBySlug =
        new(() => File.Value.Exercises.Where(e => e.Aliases is not null).ToDictionary(e => e.Slug, e => e.Aliases!, StringComparer.Ordinal));

    public static IReadOnlyList<string> Muscles => File.Value.Muscles;
    public static IReadOnlyList<string> Equipment => File.Value.Equipment;
    public static IReadOnlyList<CatalogueEntry> Exercises => File.Value.Exercises;

    /// <summary>The built-ins as the database holds them (the model seeds them from this file), made once and only read.</summary>
    public static IReadOnlyList<Exercise> BuiltIns => BuiltInRows.Value;
    public static IReadOnlyDictionary<string, string> Abbreviations => File.Value.Abbreviations;

    /// <summary>The search aliases of the built-in with this slug; none for custom exercises (null slug).</summary>
    public static IReadOnlyList<string> AliasesOf(string? slug) =>
        slug is not null && AliasesBySlug.Value.TryGetValue(slug, out var aliases) ? aliases : [];

    /// <summary>The instructions of the built-in with this slug; none for custom exercises (null slug).</summary>
    public static ExerciseInstructions? InstructionsOf(string? slug) =>
        slug is not null && BySlug.Value.TryGetValue(slug, out var entry) ? entry.Instructions : null;

    /// <summary>The id of the built-in with this slug.</summary>
    public static Guid IdFor(string slug) => NameBasedId(IdNamespace, slug);

    /// <summary>A name-based (version 5, SHA-1) UUID, as RFC 9562 §5.5 describes.</summary>
    public static Guid NameBasedId(Guid nameSpace, string name)
    {
        byte[] input = [.. nameSpace.ToByteArray(bigEndian: true), .. Encoding.UTF8.GetBytes(name)];
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for v5 ids; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static CatalogueFile Load()
    {
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return JsonSerializer.Deserialize<CatalogueFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("catalogue.json is empty");
    }
}
