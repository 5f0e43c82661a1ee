namespace Renkei.Core.Organisations;

public sealed record BranchOfficeView(int Id, string Name, IReadOnlyList<SupportOfficeView> SupportOffices);
