using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FitFolio.Api.Infrastructure.Persistence;

/// <summary>
/// Something built once per EF model and kept for it, such as a compiled query: a compiled query keeps the SQL of the
/// provider it first ran on and refuses a context of another model, and one process may hold both the SQLite and the
/// PostgreSQL model (the tests do).
/// </summary>
public sealed class PerModel<T>(Func<IModel, T> build)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _byModel = [];
    private readonly ConditionalWeakTable<IModel, T>.CreateValueCallback _build = new(build);

    public T For(DbContext db) => _byModel.GetValue(db.Model, _build);
}
