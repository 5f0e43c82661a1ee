namespace Renkei.Core.Tenancy;

/// <summary>What adding a prefecture made: its id, its municipalities, offices, and the municipalities left without a support office (未登録).</summary>
public sealed record PrefectureSetup(int PrefectureId, string Name, int Municipalities, int BranchOffices, int SupportOffices, int Unassigned, Guid AdministratorId);
