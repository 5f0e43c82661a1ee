namespace Renkei.Core.Accounts;

/// <summary>An account as the administrator sees it; <see cref="CanLock"/> is false for the administrator's own account.</summary>
public sealed record UserListItem(Guid Id, string Email, string DisplayName, int OrganisationId, string Organisation, string Role, bool IsLockedOut, bool CanLock = false);
