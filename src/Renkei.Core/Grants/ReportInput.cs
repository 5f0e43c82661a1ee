using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ReportInput(DateOnly ReceivedOn, string? Summary, IReadOnlyList<ProjectResult> Projects, IReadOnlyList<ShareAmount> Used);
