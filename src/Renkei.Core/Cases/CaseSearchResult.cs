using Renkei.Core.Organisations;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>One page of matches, the total, and the facet counts over all matches.</summary>
public sealed record CaseSearchResult(
    IReadOnlyList<CaseListItem> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetCount<string>> Fields,
    IReadOnlyList<FacetCount<CollaborationMethod>> Methods,
    IReadOnlyList<FacetCount<string>> Regions,
    IReadOnlyList<FacetCount<PopulationBand>> Bands,
    IReadOnlyList<FacetCount<AdoptionStage>> Stages,
    bool CanRegister,
    bool CanSeeReviewQueue);
