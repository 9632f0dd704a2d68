using FitFolio.Api.Infrastructure.Errors;

namespace FitFolio.Api.Infrastructure.Http;

/// <summary>One paging rule for every list: page ≥ 1 and 1 ≤ pageSize ≤ 100, with the offset computed in 64 bits.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    /// <summary>Rows before this page; 64-bit, since page × pageSize overflows an int long before paging stops making sense.</summary>
    public long Offset => ((long)Page - 1) * PageSize;

    public void Validate(ValidationErrors errors)
    {
        errors.Check(Page >= 1, "page", "Must be 1 or more.");
        errors.Check(PageSize is >= 1 and <= MaxPageSize, "pageSize", $"Must be from 1 to {MaxPageSize}.");
    }

    /// <summary>This page of an ordered query; a page past any offset a database could hold is simply empty.</summary>
    public IQueryable<T> Of<T>(IQueryable<T> ordered) =>
        Offset > int.MaxValue ? ordered.Take(0) : ordered.Skip((int)Offset).Take(PageSize);
}
