namespace Renkei.Core.Auditing;

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize);
