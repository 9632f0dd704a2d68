using FitFolio.Api.Account;
using FitFolio.Api.Auth;
using FitFolio.Api.Auth.Audit;
using FitFolio.Api.Auth.MagicLinks;
using FitFolio.Api.Auth.Sessions;
using FitFolio.Api.Auth.SignUp;
using FitFolio.Api.Infrastructure.Configuration;
using FitFolio.Api.Infrastructure.Errors;
using FitFolio.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitFolio.Api.Admin.Invitations;

/// <param name="Email">Only this address may join with it; none = whoever holds the link.</param>
/// <param name="ExpiresInDays">1–30; 7 when left out.</param>
public sealed record CreateInvitationRequest(string? Email, int? ExpiresInDays);

/// <param name="Status">active, used, expired or revoked.</param>
public sealed record InvitationItem(
    Guid Id, string? Email, string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, string? UsedByEmail, string? CreatedByEmail);

public sealed record InvitationList(IReadOnlyList<InvitationItem> Items);

/// <param name="Link">The single-use link to pass on. Shown only now: the server keeps only its hash.</param>
public sealed record CreatedInvitation(InvitationItem Invitation, string Link);

public static class InvitationEndpoints
{
    public const int DefaultExpiresInDays = 7;
    public const int MaxExpiresInDays = 30;

    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder admin)
    {
        var invitations = admin.MapGroup("/invitations");
        invitations.MapPost("/", Create);
        invitations.MapGet("/", List);
        invitations.MapDelete("/{id:guid}", Revoke);
        return admin;
    }

    private static async Task<Results<Created<CreatedInvitation>, ValidationProblem, ProblemHttpResult>> Create(
        CreateInvitationRequest request, HttpContext context, FitFolioDbContext db, SignUpPolicy policy, LoginAudit audit, TimeProvider time,
        IOptions<AppOptions> app, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Email is not null && MagicLinkEndpoints.EmailProblem(request.Email) is { } problem)
        {
            errors["email"] = [problem];
        }

        var days = request.ExpiresInDays ?? DefaultExpiresInDays;
        if (days is < 1 or > MaxExpiresInDays)
        {
            errors["expiresInDays"] = [$"Between 1 and {MaxExpiresInDays} days."];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (!policy.HonoursInvitations)
        {
            return Problems.Problem(StatusCodes.Status409Conflict, ErrorCodes.SignUpClosed, "Sign-up is closed on this instance",
                "Auth:SignUp is closed, so nobody can join, invitation or not. Change it to invite to invite people.");
        }

        var now = time.GetUtcNow();
        var token = SessionTokenService.NewToken();
        var email = request.Email is null ? null : EmailAddress.Canonical(request.Email);
        var invitation = new Invitation
        {
            TokenHash = SessionTokenService.Hash(token),
            Email = email,
            NormalizedEmail = email is null ? null : EmailAddress.Normalize(email),
            CreatedByUserId = context.User.GetUserId(),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.Invitations.Add(invitation);
        await audit.RecordAsync(LoginEventTypes.InvitationCreated, invitation.CreatedByUserId, context, new { invitationId = invitation.Id }, cancellationToken);
        var link = new Uri(new Uri(app.Value.PublicUrl), $"/sign-in?invitation={token}").AbsoluteUri;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == invitation.CreatedByUserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/admin/invitations/{invitation.Id}",
            new CreatedInvitation(new InvitationItem(invitation.Id, email, invitation.StatusAt(now), now, invitation.ExpiresAt, null, null, me), link));
    }

    /// <summary>Every invitation, newest first, with who made it and who joined with it.</summary>
    private static async Task<Ok<InvitationList>> List(FitFolioDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Invitations.AsNoTracking()
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new { Invitation = i, UsedBy = i.UsedBy!.Email, CreatedBy = i.CreatedBy!.Email })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InvitationList([.. rows.Select(r => new InvitationItem(
            r.Invitation.Id, r.Invitation.Email, r.Invitation.StatusAt(now), r.Invitation.CreatedAt, r.Invitation.ExpiresAt, r.Invitation.UsedAt, r.UsedBy, r.CreatedBy))]));
    }

    /// <summary>An unused invitation stops admitting anyone at once; revoking a used or revoked one changes nothing.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        Guid id, HttpContext context, FitFolioDbContext db, LoginAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Invitations.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return Problems.NotFound("invitation");
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Invitations.Where(i => i.Id == id && i.RevokedAt == null && i.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.RevokedAt, now), cancellationToken);
        await audit.RecordAsync(LoginEventTypes.InvitationRevoked, context.User.GetUserId(), context, new { invitationId = id }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
