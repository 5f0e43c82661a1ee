namespace Renkei.Core.Accounts;

public sealed record NewUserInput(string? Email, string? DisplayName, int OrganisationId, string? Role, string? Password);
