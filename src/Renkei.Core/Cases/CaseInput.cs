using Renkei.Core.Common;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>What the author enters; results and sources are replaced as a whole with the case's version.</summary>
public sealed record CaseInput(
    string Title,
    string Summary,
    string? Description,
    string? People,
    long? BudgetYen,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string? TransferNotes,
    IReadOnlyList<string>? Fields,
    IReadOnlyList<CollaborationMethod>? Methods,
    IReadOnlyList<int>? OrganisationIds,
    Visibility Visibility,
    int? ThemeId = null,
    int? ArrangementId = null,
    int? MeetingId = null,
    IReadOnlyList<CaseResultInput>? Results = null,
    IReadOnlyList<CaseSourceInput>? Sources = null);
