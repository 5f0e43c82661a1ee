namespace Renkei.Core.Themes;

public sealed record ThemeInput(
    string? Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[]? Methods, int? LeadDepartmentId,
    int[]? ParticipantIds, string? StudyBody, string? Outcome, IReadOnlyList<BudgetNoteView>? BudgetNotes = null);
