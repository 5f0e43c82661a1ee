using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>
/// A prefecture's grant for collaboration areas (e.g. 北海道's 市町村連携地域モデル事業, a menu of 地域づくり総合交付金):
/// the fiscal years it runs, the last year an area may start, the cap per member municipality and fiscal year,
/// the longest support, the typical area size and how an area's total may be shared among its members.
/// </summary>
public class GrantProgram : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public required string Name { get; set; }

    /// <summary>The budget it is a menu of (地域づくり総合交付金のメニュー事業), as the prefecture names it.</summary>
    public string? Scheme { get; set; }

    public string? Purpose { get; set; }
    public int FirstFiscalYear { get; set; }
    public int LastFiscalYear { get; set; }

    /// <summary>新規採択の最終年度: no area may start after it.</summary>
    public int LastAdoptionFiscalYear { get; set; }

    /// <summary>交付額の上限 per member municipality and fiscal year, in yen (定額).</summary>
    public long CapPerMember { get; set; }

    /// <summary>支援期間: fiscal years of support, the year of application included.</summary>
    public int MaxSupportYears { get; set; }

    public int TypicalMinMembers { get; set; }
    public int TypicalMaxMembers { get; set; }

    /// <summary>対象地域 (e.g. 定住自立圏構想等の活用が困難な地域).</summary>
    public string? EligibilityNotes { get; set; }

    public AllocationRule Allocation { get; set; }

    /// <summary>The year of the members' statistics the effect report reads (人口(H27) → 2015).</summary>
    public int? StatisticsYear { get; set; }

    /// <summary>The frameworks the report compares the areas with (e.g. 道内定住自立圏).</summary>
    public List<EffectBenchmark> Benchmarks { get; set; } = [];

    public List<CollaborationArea> Areas { get; set; } = [];
    public uint Version { get; set; }

    /// <summary>The last fiscal year an area that started in <paramref name="startFiscalYear"/> may be granted.</summary>
    public int LastSupportYearOf(int startFiscalYear) => Math.Min(startFiscalYear + MaxSupportYears - 1, LastFiscalYear);
}
