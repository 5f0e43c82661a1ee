namespace Renkei.Core.Regions;

public sealed record ContactLogInput(DateOnly On, ContactKind Kind, IReadOnlyList<int> MunicipalityIds, string? Participants, string? Topics, string? IssuesHeard, int? ThemeId);
