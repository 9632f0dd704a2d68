using Microsoft.AspNetCore.Http.HttpResults;

namespace FitFolio.Api.Infrastructure.Errors;

/// <summary>Collects every problem with a request (not just the first) under the JSON field names the client sent.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            Add(field, message);
        }
    }

    /// <summary>A required display name: 1–<paramref name="maxLength"/> characters after trimming, no control characters.</summary>
    public void Name(string? value, string field, int maxLength = 100, bool required = true)
    {
        if (value is null)
        {
            Check(!required, field, "Required.");
            return;
        }

        var trimmed = value.Trim();
        Check(trimmed.Length is > 0 && trimmed.Length <= maxLength, field, $"Must be 1–{maxLength} characters.");
        Check(!trimmed.Any(char.IsControl), field, "Must not contain control characters.");
    }

    /// <summary>Optional free text up to <paramref name="maxLength"/> characters.</summary>
    public void Text(string? value, string field, int maxLength) =>
        Check(value is null || value.Length <= maxLength, field, $"Must be at most {maxLength} characters.");

    public ValidationProblem ToProblem() => Problems.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
