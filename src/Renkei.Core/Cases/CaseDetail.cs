using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>A case as its reader sees it, with what the reader may do with it.</summary>
public sealed record CaseDetail(
    int Id,
    string Title,
    string Summary,
    string? Description,
    string? People,
    long? BudgetYen,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string? TransferNotes,
    IReadOnlyList<string> Fields,
    IReadOnlyList<CollaborationMethod> Methods,
    IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<string> Regions,
    string Author,
    CaseState State,
    Visibility Visibility,
    string? ReturnReason,
    DateTimeOffset? ApprovedAt,
    CaseLink? Theme,
    CaseLink? Arrangement,
    CaseLink? Meeting,
    IReadOnlyList<CaseResultView> Results,
    IReadOnlyList<CaseSourceView> Sources,
    IReadOnlyList<AdoptionView> Adoptions,
    bool CanEdit,
    bool CanSubmit,
    bool CanReview,
    bool CanSeeReach,
    IReadOnlyList<OrganisationOption> MayAdoptFor,
    uint Version)
{
    /// <summary>Files attached to the case (the same checks as meeting materials).</summary>
    public IReadOnlyList<CaseAttachmentView> Attachments { get; init; } = [];

    /// <summary>Shown without sign-in at <c>/public/cases/{id}</c>.</summary>
    public bool IsPublished => State == CaseState.Approved && Visibility == Visibility.Public;
}
