namespace Renkei.Core.Tenancy;

/// <summary>
/// A prefecture of the deployment with what it holds: counts only, nothing of its content. <see cref="CanRemove"/>: it
/// holds nothing but its setup (organisations and accounts) and is not the caller's own, so it may be removed.
/// </summary>
public sealed record PrefectureListItem(int Id, string Code, string Name, int Municipalities, int BranchOffices, int SupportOffices, int Users, int Unassigned, bool CanRemove);
