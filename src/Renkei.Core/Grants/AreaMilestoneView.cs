namespace Renkei.Core.Grants;

public sealed record AreaMilestoneView(int Id, AreaMilestoneKind Kind, DateOnly On, string? Note);
