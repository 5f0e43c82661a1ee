using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AwardInput(DateOnly AwardedOn, string? Conditions, DateOnly? ReportDueOn, IReadOnlyList<ShareAmount> Shares);
