using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

/// <summary>A candidate theme from submitted needs; <see cref="Move"/> takes needs that are already in another theme.</summary>
public sealed record NewThemeInput(string? Title, string? Summary, IReadOnlyList<int> ItemIds, bool Move = false);

public sealed record ThemeInput(
    string? Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[]? Methods, int? LeadDepartmentId,
    int[]? ParticipantIds, string? StudyBody, string? Outcome, IReadOnlyList<BudgetNoteView>? BudgetNotes = null);

public sealed record TransitionInput(ThemeState To, string? Reason, string? DecisionText = null, DateOnly? DecisionDate = null, DecisionRef? DecisionRef = null);

/// <summary>The meeting (and agenda item) whose decision a step follows; its title, outcome and day fill what is not given.</summary>
public sealed record DecisionRef(int MeetingId, int? AgendaItemId = null);

public sealed record BudgetNoteView(int FiscalYear, string Note);

public sealed record ThemeListItem(
    int Id, string Title, ThemeState State, ThemeScope Scope, DeploymentMethod? DeploymentMethod, string OwnerName,
    int NeedCount, int[] ParticipantIds, DateTimeOffset StateChangedAt, uint Version)
{
    public ThemeFramework? Framework => DeploymentMethod?.FrameworkOf();
    public int ParticipantCount => ParticipantIds.Length;
}

public sealed record ThemeNeedView(int ItemId, string OrganisationName, int FiscalYear, string CategoryLabel, string Title, Urgency Urgency);

public sealed record ThemeParticipantView(int Id, string Name, string Region);

public sealed record ThemeTransitionView(
    ThemeState? From, ThemeState To, DateTimeOffset At, string? UserName, string Reason, string? DecisionText, DateOnly? DecisionDate, bool Escalated,
    int? MeetingId = null, int? AgendaItemId = null);

public sealed record ThemeDetail(
    int Id, string Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[] Methods, ThemeScope Scope,
    int OwnerOrganisationId, string OwnerName, int? LeadDepartmentId, string? LeadDepartmentName, string? StudyBody, string? Outcome,
    ThemeState State, DateTimeOffset StateChangedAt, IReadOnlyList<ThemeParticipantView> Participants, IReadOnlyList<ThemeNeedView> Needs,
    IReadOnlyList<ThemeTransitionView> Timeline, IReadOnlyList<BudgetNoteView> BudgetNotes, bool CanSteer, bool CanEscalate, uint Version)
{
    public ThemeFramework? Framework => DeploymentMethod?.FrameworkOf();
}
