using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Themes;

/// <summary>The triage of one submitted need (absent = 未確認).</summary>
public class NeedTriage : IAudited, Data.IVersioned
{
    public int NeedItemId { get; set; }
    public Surveys.NeedItem NeedItem { get; set; } = null!;
    public TriageState State { get; set; }
    public string? Note { get; set; }
    public int? ThemeId { get; set; }
    public CollaborationTheme? Theme { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedByUserId { get; set; }
    public uint Version { get; set; }
}
