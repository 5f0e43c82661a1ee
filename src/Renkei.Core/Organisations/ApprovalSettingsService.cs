using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

/// <summary>
/// Which organisations approve their survey answers (決裁) before submitting: municipal practice, set per organisation
/// by the administrator beside the approvers (決裁権者) the accounts carry.
/// </summary>
public sealed class ApprovalSettingsService(UnitOfWork work)
{
    /// <summary>The organisations that answer the survey (municipalities, departments, support offices), municipalities first by code.</summary>
    public async Task<IReadOnlyList<ApprovalSetting>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rows = await Surveys.SurveyProgressService.AllRespondents(db, actor.PrefectureId).AsNoTracking()
            .Select(o => new
            {
                o.Id, o.Name, o.Type, o.RequiresApproval, o.Version,
                Code = o is Municipality ? ((Municipality)o).Code.Value : null,
                Approvers = db.Users.Where(u => u.OrganisationId == o.Id && u.IsApprover).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Type == OrganisationType.Municipality ? 0 : 1).ThenBy(r => r.Code).ThenBy(r => r.Id)
            .Select(r => new ApprovalSetting(r.Id, r.Name, r.Type, r.RequiresApproval, r.Approvers, r.Version)).ToList();
    }

    /// <summary>Turns the 決裁 before submitting on or off; <paramref name="version"/> as shown. Answers already asked about keep their state.</summary>
    public async Task<ApprovalSetting> SetAsync(Actor actor, int organisationId, bool requiresApproval, uint version, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var organisation = await Surveys.SurveyProgressService.AllRespondents(db, actor.PrefectureId).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new NotFoundException("指定された団体は見つかりません（決裁を設定できるのは、調査に回答する市町村、県の部局、連携支援室です）。");
        db.Expect(organisation, version);
        if (organisation is Municipality { Contact: { } contact })
        {
            // The contact shares the municipality's row and xmin: it must expect the same version.
            db.Entry(contact).Property<uint>("Version").OriginalValue = version;
        }
        organisation.RequiresApproval = requiresApproval;
        await db.SaveAsync(cancellationToken);
        return (await ListAsync(actor, cancellationToken)).Single(r => r.OrganisationId == organisationId);
    }

    private static void EnsureAdministrator(Actor actor)
    {
        if (!actor.IsAdministrator)
        {
            throw new ForbiddenException("決裁の設定はシステム管理者だけが行えます。");
        }
    }
}
