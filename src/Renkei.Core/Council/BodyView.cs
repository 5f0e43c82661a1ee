namespace Renkei.Core.Council;

/// <summary>A body with its members on a day; <see cref="CanEdit"/> when the caller keeps its roster.</summary>
public sealed record BodyView(int Id, BodyKind Kind, string Name, string ChairPost, int? ThemeId, IReadOnlyList<MemberView> Members, bool CanEdit = false);
