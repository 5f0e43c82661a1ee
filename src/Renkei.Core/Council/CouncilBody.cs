using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Council;

public enum BodyKind
{
    /// <summary>県・市町村連携推進会議 (chair 企画振興部次長, members 別表1).</summary>
    PromotionCouncil = 1,

    /// <summary>幹事会 (chair 市町村課長, members 別表2); meets before each council meeting.</summary>
    Secretaries = 2,

    /// <summary>ワーキングチーム, set up as needed for a theme.</summary>
    WorkingTeam = 3,

    /// <summary>市町村長会議.</summary>
    MayorsMeeting = 4,

    /// <summary>県・市町村行政懇談会.</summary>
    AdministrativeForum = 5,
}

/// <summary>A body of the council structure (設置要綱).</summary>
public class CouncilBody : IAudited
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public BodyKind Kind { get; set; }
    public required string Name { get; set; }
    public required string ChairPost { get; set; }

    /// <summary>The theme a working team studies.</summary>
    public int? ThemeId { get; set; }
    public List<BodyMembership> Memberships { get; set; } = [];
    public uint Version { get; set; }
}

/// <summary>
/// An organisation's seat on a body and the post that attends, from the day it joined until the day it left:
/// a past meeting keeps the roster of its date.
/// </summary>
public class BodyMembership : IAudited
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Post { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }

    public bool IsMemberOn(DateOnly day) => From <= day && (Until is null || day <= Until);
}

public static class BodyMembershipQueries
{
    /// <summary>The seats of a body on a day: the roster a meeting of that day had.</summary>
    public static IQueryable<BodyMembership> OnDay(this IQueryable<BodyMembership> memberships, int bodyId, DateOnly day) =>
        memberships.Where(m => m.BodyId == bodyId && m.From <= day && (m.Until == null || m.Until >= day));
}

public static class BodyKindNames
{
    public static string ToJapanese(this BodyKind kind) => kind switch
    {
        BodyKind.PromotionCouncil => "県・市町村連携推進会議",
        BodyKind.Secretaries => "幹事会",
        BodyKind.WorkingTeam => "ワーキングチーム",
        BodyKind.MayorsMeeting => "市町村長会議",
        BodyKind.AdministrativeForum => "県・市町村行政懇談会",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
