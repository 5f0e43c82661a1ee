using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>What the public page shows of a 公開 case: its content, never its review, drafts or staff.</summary>
public sealed record PublicCase(
    int Id, string Prefecture, string Title, string Summary, string? Description, string? People, long? BudgetYen,
    DateOnly? StartedOn, DateOnly? EndedOn, string? TransferNotes, IReadOnlyList<string> Fields,
    IReadOnlyList<CollaborationMethod> Methods, IReadOnlyList<string> Organisations, IReadOnlyList<CaseResultView> Results,
    IReadOnlyList<CaseSourceView> Sources, int Adopters, DateTimeOffset? ApprovedAt)
{
    public IReadOnlyList<CaseAttachmentView> Attachments { get; init; } = [];
}
