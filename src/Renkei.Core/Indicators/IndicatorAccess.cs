using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;

namespace Renkei.Core.Indicators;

/// <summary>
/// Everyone of the prefecture reads the indicators; the secretariat keeps them and approves their actuals; the owner
/// department (or the secretariat) enters the actuals. Approved values are the only ones that count (as in Akvo RSR).
/// </summary>
public static class IndicatorAccess
{
    public static bool MayManage(Actor actor) => actor.IsSecretariat;

    public static bool MaySubmit(Actor actor, Indicator indicator) =>
        actor.IsSecretariat || (actor.Role == Roles.DepartmentStaff && indicator.OwnerDepartmentId == actor.OrganisationId);

    public static bool MayReview(Actor actor) => actor.IsSecretariat;

    internal static async Task<Indicator> FindAsync(IQueryable<Indicator> indicators, Actor actor, int id, CancellationToken cancellationToken) =>
        await indicators.SingleOrDefaultAsync(i => i.Id == id && i.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された目標指標は見つかりません。");

    internal static void EnsureManager(Actor actor)
    {
        if (!MayManage(actor))
        {
            throw new ForbiddenException("目標指標の登録と実績の承認は事務局（市町村課）が行います。");
        }
    }

    internal static void EnsureSubmitter(Actor actor, Indicator indicator)
    {
        if (!MaySubmit(actor, indicator))
        {
            throw new ForbiddenException("実績は、この指標を担当する部局が入力します。");
        }
    }
}
