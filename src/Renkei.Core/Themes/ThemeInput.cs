namespace Renkei.Core.Themes;

public sealed record ThemeInput(
    string? Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[]? Methods, int? LeadDepartmentId,
    int[]? ParticipantIds, string? StudyBody, string? Outcome, IReadOnlyList<BudgetNoteView>? BudgetNotes = null, Common.Visibility? Visibility = null);

// Visibility: null keeps what is stored, so an older client never widens or narrows a theme by omission.
