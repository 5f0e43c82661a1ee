using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ProjectPlan(VisionField Field, string Name, long? PlannedAmount);
