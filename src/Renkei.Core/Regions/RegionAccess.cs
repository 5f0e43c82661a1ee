using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>
/// The regional work belongs to the 連携支援室: each keeps and reads its own contact log about the municipalities of its
/// jurisdiction; the secretariat reads and keeps every office's. Municipalities and departments do not read these notes.
/// </summary>
public static class RegionAccess
{
    public static bool MayKeep(Actor actor) => actor.IsSecretariat || actor.Role == Roles.SupportOfficeStaff;

    /// <summary>The entries the actor reads, as a query.</summary>
    internal static IQueryable<ContactLogEntry> Readable(RenkeiDbContext db, Actor actor)
    {
        var entries = db.ContactLogEntries.Where(e => e.PrefectureId == actor.PrefectureId);
        var office = actor.OrganisationId;
        return actor.IsSecretariat ? entries
            : actor.Role == Roles.SupportOfficeStaff ? entries.Where(e => e.KeeperOrganisationId == office)
            : entries.Where(e => false);
    }

    /// <summary>The municipalities the actor's log is about: the jurisdiction, or the whole prefecture for the secretariat.</summary>
    internal static IQueryable<Organisations.Municipality> Municipalities(RenkeiDbContext db, Actor actor)
    {
        var municipalities = db.Municipalities.Where(m => m.PrefectureId == actor.PrefectureId);
        var office = actor.OrganisationId;
        return actor.IsSecretariat ? municipalities
            : actor.Role == Roles.SupportOfficeStaff ? municipalities.Where(m => m.SupportOfficeId == office)
            : municipalities.Where(m => false);
    }

    internal static void EnsureKeeper(Actor actor)
    {
        if (!MayKeep(actor))
        {
            throw new ForbiddenException("市町村訪問・情報交換の記録は、連携支援室と事務局が行います。");
        }
    }
}
