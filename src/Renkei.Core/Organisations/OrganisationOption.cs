namespace Renkei.Core.Organisations;

public sealed record OrganisationOption(int Id, string Name, OrganisationType Type, bool IsSecretariat);
