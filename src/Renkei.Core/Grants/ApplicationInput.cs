using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ApplicationInput(int FiscalYear, DateOnly AppliedOn, IReadOnlyList<ShareAmount> Shares, IReadOnlyList<ProjectPlan> Projects);
