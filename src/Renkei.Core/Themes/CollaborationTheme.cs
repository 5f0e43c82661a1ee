using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Themes;

/// <summary>連携テーマ: a need made into a subject that the prefecture and municipalities take on together.</summary>
public class CollaborationTheme : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public DeploymentMethod? DeploymentMethod { get; set; }
    public CollaborationMethod[] Methods { get; set; } = [];
    public ThemeScope Scope { get; set; }

    /// <summary>The 連携支援室 of a regional theme, or the secretariat's department for a 全県 one.</summary>
    public int OwnerOrganisationId { get; set; }
    public Organisation OwnerOrganisation { get; set; } = null!;

    /// <summary>主担当部局.</summary>
    public int? LeadDepartmentId { get; set; }
    public Department? LeadDepartment { get; set; }

    /// <summary>The working team or existing council that studies it.</summary>
    public string? StudyBody { get; set; }
    public string? Outcome { get; set; }

    public ThemeState State { get; set; } = ThemeState.Candidate;

    /// <summary>Who reads it (ThemeAccess.VisibleThemes): 公開 every member of staff, 庁内 the usual readers, 部外秘 those involved; 庁内 by default.</summary>
    public Common.Visibility Visibility { get; set; } = Common.Visibility.Internal;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the state last changed (themes without movement for 90 days are overdue).</summary>
    public DateTimeOffset StateChangedAt { get; set; }

    public List<Municipality> Participants { get; set; } = [];
    public List<ThemeBudgetNote> BudgetNotes { get; set; } = [];
    public List<ThemeTransition> Transitions { get; set; } = [];
    public uint Version { get; set; }
}
