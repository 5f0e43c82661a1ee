using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Arrangements;

/// <summary>
/// Correction requests (訂正の依頼) on the registry: a municipality files one on an arrangement it takes or took part in;
/// those who keep the arrangement see them in their queue and accept (having corrected it) or decline with the reason.
/// </summary>
public sealed class CorrectionService(UnitOfWork work, TimeProvider clock)
{
    public async Task<int> RequestAsync(Actor actor, int arrangementId, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await ArrangementAccess.FindAsync(db.Arrangements.AsNoTracking(), actor, arrangementId, cancellationToken);
        await ArrangementAccess.EnsureMayRequestCorrectionAsync(db, actor, arrangementId, cancellationToken);
        var rules = new TextRules();
        var body = rules.Required("Text", "訂正の内容", text, 2000);
        rules.ThrowIfInvalid();
        var request = new CorrectionRequest
        {
            ArrangementId = arrangementId, OrganisationId = actor.OrganisationId, RequestedBy = actor.UserId, RequestedAt = clock.GetUtcNow(), Text = body,
        };
        db.CorrectionRequests.Add(request);
        await db.SaveAsync(cancellationToken);
        return request.Id;
    }

    public async Task<ArrangementCorrections> ForArrangementAsync(Actor actor, int arrangementId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await ArrangementAccess.FindAsync(db.Arrangements.AsNoTracking(), actor, arrangementId, cancellationToken);
        var requests = await VisibleAsync(db, actor, db.CorrectionRequests.Where(c => c.ArrangementId == arrangementId), cancellationToken);
        return new ArrangementCorrections(requests, await ArrangementAccess.MayRequestCorrectionAsync(db, actor, arrangementId, cancellationToken));
    }

    /// <summary>The keeper's queue (the open requests on the arrangements the caller keeps), or a municipality's own requests.</summary>
    public async Task<IReadOnlyList<CorrectionView>> ListAsync(Actor actor, CorrectionState? state = CorrectionState.Open, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await VisibleAsync(db, actor, db.CorrectionRequests.Where(c => state == null || c.State == state), cancellationToken);
    }

    public Task<uint> AcceptAsync(Actor actor, int id, string? reply, uint version, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, id, CorrectionState.Accepted, reply, version, cancellationToken);

    public Task<uint> DeclineAsync(Actor actor, int id, string? reply, uint version, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, id, CorrectionState.Declined, reply, version, cancellationToken);

    private async Task<uint> DecideAsync(Actor actor, int id, CorrectionState state, string? reply, uint version, CancellationToken cancellationToken)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var request = await db.CorrectionRequests
            .SingleOrDefaultAsync(c => c.Id == id && db.Arrangements.Any(a => a.Id == c.ArrangementId && a.PrefectureId == actor.PrefectureId), cancellationToken)
            ?? throw new NotFoundException("指定された訂正の依頼は見つかりません。");
        await ArrangementAccess.EnsureEditorAsync(db, actor, request.ArrangementId, cancellationToken);
        db.Expect(request, version);
        if (request.State != CorrectionState.Open)
        {
            throw new ConflictException("この訂正の依頼には既に回答しています。");
        }
        var rules = new TextRules();
        var text = state == CorrectionState.Declined
            ? rules.Required("Reply", "対応しない理由", reply, 2000)
            : rules.Optional("Reply", "訂正した内容", reply, 2000);
        rules.ThrowIfInvalid();
        request.State = state;
        request.Reply = text;
        request.DecidedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return request.Version;
    }

    /// <summary>Keepers see the requests on what they keep; a municipality sees its own; nobody else sees any.</summary>
    private static async Task<IReadOnlyList<CorrectionView>> VisibleAsync(RenkeiDbContext db, Actor actor, IQueryable<CorrectionRequest> requests, CancellationToken cancellationToken)
    {
        var prefecture = actor.PrefectureId;
        var mine = actor.OrganisationId;
        var kept = ArrangementAccess.Kept(db, actor);
        var rows = await requests.AsNoTracking()
            .Where(c => db.Arrangements.Any(a => a.Id == c.ArrangementId && a.PrefectureId == prefecture))
            .Where(c => c.OrganisationId == mine || kept.Contains(c.ArrangementId))
            .OrderBy(c => c.State).ThenByDescending(c => c.RequestedAt)
            .Select(c => new
            {
                Request = c,
                Arrangement = db.Arrangements.Where(a => a.Id == c.ArrangementId).Select(a => a.Name).First(),
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                CanDecide = kept.Contains(c.ArrangementId),
            })
            .Take(500).ToListAsync(cancellationToken);
        return rows.Select(r => new CorrectionView(r.Request.Id, r.Request.ArrangementId, r.Arrangement, r.Organisation, r.Request.Text, r.Request.State,
            r.Request.Reply, r.Request.RequestedAt, r.Request.DecidedAt, r.CanDecide && r.Request.State == CorrectionState.Open, r.Request.Version)).ToList();
    }
}
