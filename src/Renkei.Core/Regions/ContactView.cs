namespace Renkei.Core.Regions;

/// <summary>One entry with its follow-ups, the needs entered from it (聞き取り), the municipalities it may name and whether the actor keeps it.</summary>
public sealed record ContactView(
    int Id, DateOnly On, ContactKind Kind, IReadOnlyList<int> MunicipalityIds, IReadOnlyList<string> Municipalities, string? Participants,
    string Topics, string? IssuesHeard, int? ThemeId, string? ThemeTitle, string KeeperName, IReadOnlyList<FollowUpView> FollowUps, bool CanEdit, uint Version,
    IReadOnlyList<HeardNeedView> HeardNeeds);
