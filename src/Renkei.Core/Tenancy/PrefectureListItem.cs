namespace Renkei.Core.Tenancy;

/// <summary>A prefecture of the deployment with what it holds: counts only, nothing of its content.</summary>
public sealed record PrefectureListItem(int Id, string Code, string Name, int Municipalities, int BranchOffices, int SupportOffices, int Users, int Unassigned);
