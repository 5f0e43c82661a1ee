namespace Renkei.Core.Organisations;

/// <summary>One answering organisation on the administrator's 決裁の設定: whether it approves before submitting, and its approvers.</summary>
public sealed record ApprovalSetting(int OrganisationId, string Name, OrganisationType Type, bool RequiresApproval, IReadOnlyList<string> Approvers, uint Version);
