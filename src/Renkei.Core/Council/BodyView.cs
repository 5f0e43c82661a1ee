namespace Renkei.Core.Council;

/// <summary>A body with its members on a day; <see cref="CanEdit"/> when the caller keeps its roster; <see cref="OwnerName"/> the 連携支援室 of a regional body.</summary>
public sealed record BodyView(int Id, BodyKind Kind, string Name, string ChairPost, int? ThemeId, IReadOnlyList<MemberView> Members, bool CanEdit = false,
    int? OwnerOrganisationId = null, string? OwnerName = null);
