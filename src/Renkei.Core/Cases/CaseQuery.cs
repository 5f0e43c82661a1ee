using Renkei.Core.Organisations;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>
/// A library search: words found anywhere in the title and texts, narrowed by facets. <see cref="State"/> defaults
/// to approved cases; drafts and cases under review are found only by their authors and the secretariat.
/// </summary>
public sealed record CaseQuery(
    string? Text = null,
    string? Field = null,
    CollaborationMethod? Method = null,
    string? Region = null,
    PopulationBand? Band = null,
    AdoptionStage? Stage = null,
    CaseState? State = null,
    CaseSort Sort = CaseSort.Newest,
    int Page = 1,
    int PageSize = 20);
