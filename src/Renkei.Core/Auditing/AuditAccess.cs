using Renkei.Core.Accounts;
using Renkei.Core.Common;

namespace Renkei.Core.Auditing;

/// <summary>The whole trail (監査ログ) is read by the secretariat and the administrator of the prefecture; a record's history by whoever may open it.</summary>
public static class AuditAccess
{
    public static bool MayReadTrail(Actor actor) => actor.HasPrefectureWideScope;

    internal static void EnsureTrailReader(Actor actor)
    {
        if (!MayReadTrail(actor))
        {
            throw new ForbiddenException("監査ログを閲覧できるのは事務局とシステム管理者です。");
        }
    }
}
