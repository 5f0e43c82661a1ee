namespace Renkei.Core.Themes;

public sealed record ThemeDetail(
    int Id, string Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[] Methods, ThemeScope Scope,
    int OwnerOrganisationId, string OwnerName, int? LeadDepartmentId, string? LeadDepartmentName, string? StudyBody, string? Outcome,
    ThemeState State, DateTimeOffset StateChangedAt, IReadOnlyList<ThemeParticipantView> Participants, IReadOnlyList<ThemeNeedView> Needs,
    IReadOnlyList<ThemeTransitionView> Timeline, IReadOnlyList<BudgetNoteView> BudgetNotes, bool CanSteer, bool CanEscalate, uint Version,
    bool CanRegisterCase = false, Common.Visibility Visibility = Common.Visibility.Internal)
{
    public ThemeFramework? Framework => DeploymentMethod?.FrameworkOf();
}
