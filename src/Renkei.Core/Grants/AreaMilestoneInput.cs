using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AreaMilestoneInput(AreaMilestoneKind Kind, DateOnly On, string? Note);
