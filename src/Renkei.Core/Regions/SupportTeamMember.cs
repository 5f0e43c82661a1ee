using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>A member of a 総合支庁's 連携支援サポートチーム: a post in one of its departments and the fields it covers.</summary>
public class SupportTeamMember : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }

    /// <summary>The 連携支援室 whose team it is.</summary>
    public int SupportOfficeId { get; set; }

    /// <summary>The department of the 総合支庁, as the office enters it (総務企画部, 保健福祉環境部, 産業経済部, 建設部…).</summary>
    public required string Department { get; set; }

    /// <summary>The post (課・職), and a name if the office keeps one.</summary>
    public required string Post { get; set; }

    public SupportField[] Fields { get; set; } = [];
    public string? Contact { get; set; }
    public uint Version { get; set; }
}
