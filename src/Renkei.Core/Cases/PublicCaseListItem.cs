namespace Renkei.Core.Cases;

public sealed record PublicCaseListItem(int Id, string Prefecture, string Title, string Summary, IReadOnlyList<string> Organisations, DateTimeOffset? ApprovedAt);
