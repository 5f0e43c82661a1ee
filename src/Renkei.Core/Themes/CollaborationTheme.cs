using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Themes;

/// <summary>連携テーマ: a need made into a subject that the prefecture and municipalities take on together.</summary>
public class CollaborationTheme : IAudited
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
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the state last changed (themes without movement for 90 days are overdue).</summary>
    public DateTimeOffset StateChangedAt { get; set; }

    public List<Municipality> Participants { get; set; } = [];
    public List<ThemeBudgetNote> BudgetNotes { get; set; } = [];
    public List<ThemeTransition> Transitions { get; set; } = [];
    public uint Version { get; set; }
}

/// <summary>Budget notes of one fiscal year (予算計上の状況など).</summary>
public class ThemeBudgetNote : IAudited
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public int FiscalYear { get; set; }
    public required string Note { get; set; }
}

/// <summary>One step of a theme's life: who moved it, when, why, and the council decision behind it.</summary>
public class ThemeTransition
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public ThemeState? From { get; set; }
    public ThemeState To { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Reason { get; set; }

    /// <summary>The council decision (決定/見送り of a 全県 theme): its wording and date until meetings are recorded.</summary>
    public string? DecisionText { get; set; }
    public DateOnly? DecisionDate { get; set; }

    /// <summary>True for the step that handed a regional theme to the secretariat (全県へ); the state stays.</summary>
    public bool Escalated { get; set; }

    /// <summary>The meeting and agenda item whose confirmed minutes made this move.</summary>
    public int? MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
}

/// <summary>The triage of one submitted need (absent = 未確認).</summary>
public class NeedTriage : IAudited
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
