using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>
/// 市町村訪問・情報交換の記録: a 連携支援室 (or the secretariat) met municipalities on a day — a visit, a 副首長会議, a
/// 企画担当課長会議 — and notes who took part, what was discussed, the issues heard and what is to follow.
/// </summary>
public class ContactLogEntry : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }

    /// <summary>The office that keeps the entry (its support office, or the secretariat).</summary>
    public int KeeperOrganisationId { get; set; }

    public DateOnly On { get; set; }
    public ContactKind Kind { get; set; }

    /// <summary>The municipalities met.</summary>
    public int[] MunicipalityIds { get; set; } = [];

    public string? Participants { get; set; }
    public required string Topics { get; set; }

    /// <summary>地域課題・ニーズ as heard: what may feed the next survey or a theme.</summary>
    public string? IssuesHeard { get; set; }

    public int? ThemeId { get; set; }
    public List<FollowUp> FollowUps { get; set; } = [];
    public uint Version { get; set; }
}
