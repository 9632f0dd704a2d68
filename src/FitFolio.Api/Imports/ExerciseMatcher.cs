using System.Text;
using FitFolio.Api.Training.Exercises;

namespace FitFolio.Api.Imports;

public sealed record ExerciseCandidate(Guid Id, string Name, string Equipment);

public sealed record ExerciseMatch(Guid? ExerciseId, double Confidence);

/// <summary>
/// Finds the catalogue (or the user's own) exercise an imported name means, with a confidence from 0 to 1. Names are
/// compared as sets of words after folding spelling variants ("Pull Up", "pull-up", "pullup"), plurals and aliases
/// ("OHP", "RDL", "DB"); equipment words, in the name or in Strong's and Hevy's parentheses ("Bench Press (Barbell)"),
/// are compared with the candidate's equipment instead of its name, so word order and where the equipment is written
/// do not matter.
/// </summary>
public sealed class ExerciseMatcher
{
    /// <summary>Below this a guess is more likely wrong than right: the user maps the name or a custom exercise is made.</summary>
    public const double Threshold = 0.6;

    private const double FillerWeight = 0.25;

    private static readonly Dictionary<string, string> EquipmentWords = new(StringComparer.Ordinal)
    {
        ["barbell"] = "barbell",
        ["bb"] = "barbell",
        ["dumbbell"] = "dumbbell",
        ["dumbbells"] = "dumbbell",
        ["db"] = "dumbbell",
        ["machine"] = "machine",
        ["cable"] = "cable",
        ["bodyweight"] = "bodyweight",
        ["kettlebell"] = "kettlebell",
        ["kb"] = "kettlebell",
        ["band"] = "band",
        ["banded"] = "band",
        ["smith"] = "smith_machine",
        ["ezbar"] = "ez_bar",
        ["trapbar"] = "trap_bar",
    };

    private static readonly (string From, string To)[] Phrases =
    [
        ("smith machine", "smith"), ("ez bar", "ezbar"), ("trap bar", "trapbar"), ("hex bar", "trapbar"), ("pull up", "pullup"),
        ("chin up", "chinup"), ("push up", "pushup"), ("sit up", "situp"), ("step up", "stepup"), ("pull down", "pulldown"),
        ("push down", "pushdown"), ("pull through", "pullthrough"), ("military press", "overhead press"), ("ohp", "overhead press"),
        ("rdl", "romanian deadlift"), ("sldl", "stiff leg deadlift"), ("bss", "bulgarian split squat"), ("skullcrusher", "skull crusher"),
        ("dips", "dip"), ("flye", "fly"), ("flyes", "fly"), ("flies", "fly"),
    ];

    /// <summary>Whole names that mean a lift whose catalogue name shares too few words with them.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["dip"] = "Parallel Bar Dip",
        ["dips"] = "Parallel Bar Dip",
        ["chest dip"] = "Parallel Bar Dip",
        ["triceps dip"] = "Parallel Bar Dip",
        ["tricep dip"] = "Parallel Bar Dip",
    };

    /// <summary>Equipment close enough that a lifter may name one for the other (a skull crusher "with the barbell" is often the EZ bar).</summary>
    private static readonly HashSet<(string, string)> NearEquipment = [("barbell", "ez_bar"), ("ez_bar", "barbell"), ("machine", "smith_machine"), ("smith_machine", "machine")];

    /// <summary>Words that name a variant nobody writes out ("Squat" is the back squat; "Bicep Curl" is a curl).</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "back", "standing", "seated", "bicep", "flat", "conventional", "strict", "straight", "bar" };

    private readonly List<(ExerciseCandidate Candidate, HashSet<string> Words, string Key)> _candidates;

    public ExerciseMatcher(IEnumerable<ExerciseCandidate> candidates) =>
        _candidates = [.. candidates.Select(c => (c, Words(c.Name, out _), SearchText.Fold(c.Name)))];

    public ExerciseMatch Match(string sourceName)
    {
        var key = SearchText.Fold(sourceName);
        var exact = _candidates.FirstOrDefault(c => c.Key == key);
        if (exact.Candidate is not null)
        {
            return new ExerciseMatch(exact.Candidate.Id, 1);
        }

        var words = Words(Aliases.GetValueOrDefault(key.Trim(), sourceName), out var equipment);
        var best = (Candidate: (ExerciseCandidate?)null, Score: 0.0);
        foreach (var (candidate, candidateWords, _) in _candidates)
        {
            var score = Similarity(words, candidateWords) * EquipmentFactor(equipment, candidate.Equipment);
            if (score > best.Score)
            {
                best = (candidate, score);
            }
        }

        return best.Score >= Threshold ? new ExerciseMatch(best.Candidate!.Id, Math.Round(best.Score, 2)) : new ExerciseMatch(null, 0);
    }

    /// <summary>The equipment the source names, when it names one, must be the candidate's; unnamed equipment favours the barbell lift.</summary>
    private static double EquipmentFactor(string? sourceEquipment, string candidateEquipment) =>
        sourceEquipment is null ? (candidateEquipment == "barbell" ? 1 : 0.95)
        : sourceEquipment == candidateEquipment ? 1
        : NearEquipment.Contains((sourceEquipment, candidateEquipment)) ? 0.8
        : 0.5;

    /// <summary>A weighted Dice coefficient: shared words over all words, filler words counting a quarter.</summary>
    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        double shared = 0, total = 0;
        foreach (var word in a)
        {
            var weight = Weight(word);
            total += weight;
            if (b.Contains(word))
            {
                shared += weight;
            }
        }

        foreach (var word in b)
        {
            total += Weight(word);
        }

        return total == 0 ? 0 : 2 * shared / total;
    }

    private static double Weight(string word) => Fillers.Contains(word) ? FillerWeight : 1;

    private static HashSet<string> Words(string name, out string? equipment)
    {
        var text = new StringBuilder(" ");
        foreach (var c in SearchText.Fold(name))
        {
            text.Append(char.IsLetterOrDigit(c) ? c : c == '\'' ? "" : " ");
        }

        var spaced = " " + string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (from, to) in Phrases)
        {
            spaced = spaced.Replace($" {from} ", $" {to} ", StringComparison.Ordinal);
        }

        equipment = null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (EquipmentWords.TryGetValue(raw, out var named))
            {
                equipment ??= named;
                continue;
            }

            words.Add(Singular(raw));
        }

        return words;
    }

    private static string Singular(string word) =>
        word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
