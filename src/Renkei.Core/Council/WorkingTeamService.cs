using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Council;

/// <summary>
/// ワーキングチーム: set up for a theme when it needs study (設置要綱 第6条), by whoever steers the theme. Its first roster is
/// the theme's people — the lead department, the owner (連携支援室 or 市町村課) who chairs it, and every participating
/// municipality — and is kept afterwards like any body's.
/// </summary>
public sealed class WorkingTeamService(UnitOfWork work, TimeProvider clock)
{
    public async Task<int> CreateAsync(Actor actor, int themeId, string? name, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = rules.Optional("Name", "ワーキングチームの名称", name, 200);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await ThemeAccess.VisibleThemes(db, actor).Include(t => t.Participants).SingleOrDefaultAsync(t => t.Id == themeId, cancellationToken)
            ?? throw new NotFoundException("指定されたテーマは見つかりません。");
        ThemeAccess.EnsureSteer(actor, theme);
        if (await db.CouncilBodies.AnyAsync(b => b.ThemeId == themeId && b.Kind == BodyKind.WorkingTeam, cancellationToken))
        {
            throw new ConflictException("このテーマのワーキングチームは既に設置されています。");
        }
        var owner = await db.Organisations.SingleAsync(o => o.Id == theme.OwnerOrganisationId, cancellationToken);
        var ownerPost = owner.Type == Organisations.OrganisationType.SupportOffice ? "連携支援室長" : "市町村課長";
        var today = JapanDate.Today(clock);
        var body = new CouncilBody
        {
            PrefectureId = actor.PrefectureId, Kind = BodyKind.WorkingTeam, ThemeId = theme.Id,
            Name = text ?? $"{theme.Title}ワーキングチーム", ChairPost = $"{owner.Name} {ownerPost}",
        };
        body.Memberships.Add(new BodyMembership { OrganisationId = owner.Id, Post = ownerPost, From = today });
        if (theme.LeadDepartmentId is { } lead && lead != owner.Id)
        {
            body.Memberships.Add(new BodyMembership { OrganisationId = lead, Post = "担当課長", From = today });
        }
        foreach (var municipality in theme.Participants.OrderBy(m => m.Id))
        {
            body.Memberships.Add(new BodyMembership { OrganisationId = municipality.Id, Post = "担当課長等", From = today });
        }
        db.CouncilBodies.Add(body);
        theme.StudyBody ??= body.Name;
        await db.SaveAsync(cancellationToken);
        return body.Id;
    }
}
