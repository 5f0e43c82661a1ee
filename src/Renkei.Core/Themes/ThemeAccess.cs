using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

/// <summary>
/// Who triages and who steers themes. The secretariat does everything; a 連携支援室 triages the needs of its
/// municipalities and runs its regional themes; a 全県 theme moves only by the secretariat (the council).
/// Departments and administrators read; a municipality reads the themes it takes part in.
/// </summary>
internal static class ThemeAccess
{
    public static bool IsTriager(Actor actor) => actor.IsSecretariat || actor.Role == Roles.SupportOfficeStaff;

    public static void EnsureTriager(Actor actor)
    {
        if (!IsTriager(actor))
        {
            throw new ForbiddenException("ニーズの確認（トリアージ）は連携支援室と事務局（市町村課）が行います。");
        }
    }

    /// <summary>The submitted needs the actor may triage: a support office its municipalities' needs, the secretariat all.</summary>
    public static IQueryable<NeedItem> TriageableItems(RenkeiDbContext db, Actor actor)
    {
        var items = db.NeedItems.Where(i => i.Response.Status == ResponseStatus.Submitted && i.Response.Survey.PrefectureId == actor.PrefectureId);
        return actor.IsSecretariat
            ? items
            : items.Where(i => i.Response.Group == RespondentGroup.Municipal
                && db.Municipalities.Any(m => m.Id == i.Response.OrganisationId && m.SupportOfficeId == actor.OrganisationId));
    }

    /// <summary>
    /// The themes the actor may read. 庁内: departments and administrators all, a 連携支援室 the 全県 ones and those of its
    /// region, a municipality those it takes part in. 公開 adds every member of staff; 部外秘 leaves only the secretariat,
    /// the steering office, the lead department and the participating municipalities.
    /// </summary>
    public static IQueryable<CollaborationTheme> VisibleThemes(RenkeiDbContext db, Actor actor)
    {
        var themes = db.Themes.Where(t => t.PrefectureId == actor.PrefectureId);
        var organisation = actor.OrganisationId;
        return actor.Role switch
        {
            Roles.Secretariat => themes,
            var role when actor.IsAdministrator || role == Roles.DepartmentStaff => themes.Where(t => t.Visibility != Visibility.Confidential || t.LeadDepartmentId == organisation),
            Roles.SupportOfficeStaff => themes.Where(t => t.OwnerOrganisationId == organisation || t.Visibility == Visibility.Public
                || (t.Visibility == Visibility.Internal && (t.Scope == ThemeScope.Prefectural || t.Participants.Any(m => m.SupportOfficeId == organisation)))),
            _ => themes.Where(t => t.Participants.Any(m => m.Id == organisation) || t.Visibility == Visibility.Public),
        };
    }

    /// <summary>Edit fields, link needs, move a regional theme: its 連携支援室 or the secretariat.</summary>
    public static bool CanSteer(Actor actor, CollaborationTheme theme) =>
        actor.PrefectureId == theme.PrefectureId
        && (actor.IsSecretariat || (actor.Role == Roles.SupportOfficeStaff && theme.Scope == ThemeScope.Regional && theme.OwnerOrganisationId == actor.OrganisationId));

    public static void EnsureSteer(Actor actor, CollaborationTheme theme)
    {
        if (!CanSteer(actor, theme))
        {
            throw new ForbiddenException(theme.Scope == ThemeScope.Prefectural
                ? "全県のテーマは事務局（市町村課）が連携推進会議の決定に基づいて進めます。"
                : "このテーマを変更できるのは、担当の連携支援室と事務局（市町村課）です。");
        }
    }
}
