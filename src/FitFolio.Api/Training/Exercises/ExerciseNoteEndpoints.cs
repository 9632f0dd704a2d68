using FitFolio.Api.Auth;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FitFolio.Api.Training.Exercises;

/// <param name="Text">The note; empty when the user has written none.</param>
/// <param name="UpdatedAt">When it was last saved; null when there is no note.</param>
public sealed record ExerciseNoteResponse(Guid ExerciseId, string Text, DateTimeOffset? UpdatedAt);

public sealed record SaveExerciseNoteRequest(string? Text);

/// <summary>The signed-in user's own note on an exercise (built-in or custom); another user's custom exercise is a 404.</summary>
public static class ExerciseNoteEndpoints
{
    public static void MapExerciseNoteEndpoints(this RouteGroupBuilder exercises)
    {
        exercises.MapGet("/{id:guid}/note", Get);
        exercises.MapPut("/{id:guid}/note", Save);
    }

    private static async Task<Results<Ok<ExerciseNoteResponse>, ProblemHttpResult>> Get(
        Guid id, HttpContext context, FitFolioDbContext db, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        if (!await db.Exercises.VisibleTo(userId).AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        var note = await db.ExerciseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.UserId == userId && n.ExerciseId == id, cancellationToken);
        return TypedResults.Ok(note is null ? new ExerciseNoteResponse(id, "", null) : new ExerciseNoteResponse(id, note.Text, note.UpdatedAt));
    }

    /// <summary>Replaces the note (an autosave sends the whole text); blank text removes it.</summary>
    private static async Task<Results<Ok<ExerciseNoteResponse>, ValidationProblem, ProblemHttpResult>> Save(
        Guid id, SaveExerciseNoteRequest request, HttpContext context, FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = context.User.GetUserId();
        if (!await db.Exercises.VisibleTo(userId).AnyAsync(e => e.Id == id, cancellationToken))
        {
            return Problems.NotFound("exercise");
        }

        var errors = new ValidationErrors();
        errors.Check(request.Text is not null, "text", "Required (send an empty string to remove the note).");
        errors.Text(request.Text, "text", ExerciseNote.MaxLength);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var text = request.Text!.Trim();
        var note = await db.ExerciseNotes.SingleOrDefaultAsync(n => n.UserId == userId && n.ExerciseId == id, cancellationToken);
        if (text.Length == 0)
        {
            if (note is not null)
            {
                db.ExerciseNotes.Remove(note);
                await db.SaveChangesAsync(cancellationToken);
            }

            return TypedResults.Ok(new ExerciseNoteResponse(id, "", null));
        }

        var now = time.GetUtcNow();
        if (note is null)
        {
            note = new ExerciseNote { UserId = userId, ExerciseId = id };
            db.ExerciseNotes.Add(note);
        }

        note.Text = text;
        note.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Two autosaves raced to create the note: the other one's row is there now, so write over it.
            db.ChangeTracker.Clear();
            await db.ExerciseNotes.Where(n => n.UserId == userId && n.ExerciseId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.Text, text).SetProperty(n => n.UpdatedAt, now), cancellationToken);
        }

        return TypedResults.Ok(new ExerciseNoteResponse(id, text, now));
    }
}
