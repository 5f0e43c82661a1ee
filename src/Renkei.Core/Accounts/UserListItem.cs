namespace Renkei.Core.Accounts;

/// <summary>
/// An account as the administrator sees it; <see cref="CanLock"/> is false for the administrator's own account,
/// <see cref="CanBeApprover"/> true for the roles that answer the survey (決裁権者 is given beside them);
/// <see cref="CanLock"/> and <see cref="CanAssign"/> are false for the deployment's administrator (kept by configuration).
/// </summary>
public sealed record UserListItem(Guid Id, string Email, string DisplayName, int OrganisationId, string Organisation, string Role, bool IsLockedOut,
    bool CanLock = false, bool IsApprover = false, bool CanBeApprover = false, bool CanAssign = true);
