using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Accounts;

/// <summary>
/// Accounts are created and assigned by an administrator of the same prefecture; nobody registers themselves.
/// </summary>
public sealed class UserAdministration(UnitOfWork work, TimeProvider clock)
{
    /// <summary>The roles an administrator may give, in the order the form offers them.</summary>
    public static IReadOnlyList<string> AssignableRoles => Roles.Assignable;

    public async Task<IReadOnlyList<UserListItem>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        var now = clock.GetUtcNow();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rows = await (
            from u in db.Users.AsNoTracking()
            where u.Organisation.PrefectureId == actor.PrefectureId
            join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
            from ur in userRoles.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into roles
            from r in roles.DefaultIfEmpty()
            orderby u.Email
            select new { u.Id, u.Email, u.DisplayName, u.OrganisationId, Organisation = u.Organisation.Name, Role = r.Name, u.LockoutEnd, u.IsApprover })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserListItem(u.Id, u.Email ?? "", u.DisplayName, u.OrganisationId, u.Organisation, u.Role ?? "",
            u.LockoutEnd > now, CanLock: u.Id != actor.UserId && u.Role != Roles.DeploymentAdministrator, u.IsApprover,
            CanBeApprover: u.Role is { } role && Roles.MayApprove(role), CanAssign: u.Role != Roles.DeploymentAdministrator)).ToList();
    }

    public async Task<Guid> CreateAsync(Actor actor, NewUserInput input, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        var rules = new TextRules();
        var email = rules.Required(nameof(NewUserInput.Email), "メールアドレス", input.Email, 254);
        var displayName = rules.Required(nameof(NewUserInput.DisplayName), "氏名", input.DisplayName, 100);
        var role = CheckRole(rules, input.Role);
        if (string.IsNullOrEmpty(input.Password))
        {
            rules.Add(nameof(NewUserInput.Password), "初期パスワードを入力してください。");
        }
        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        var organisation = await FindOrganisationAsync(db, actor, input.OrganisationId, role, rules, cancellationToken);
        rules.ThrowIfInvalid();

        var user = new RenkeiUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            OrganisationId = organisation!.Id,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            throw ToValidation(created);
        }
        await users.AddToRoleAsync(user, role!);
        await AuditAsync(db, "Created", user.Id, new { email, displayName, organisation = organisation.Name, role }, cancellationToken);
        return user.Id;
    }

    /// <summary>Moves a user to another organisation and/or role.</summary>
    public async Task AssignAsync(Actor actor, Guid userId, int organisationId, string? role, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        var user = await FindUserAsync(db, actor, userId, cancellationToken);
        var rules = new TextRules();
        var newRole = CheckRole(rules, role);
        var organisation = await FindOrganisationAsync(db, actor, organisationId, newRole, rules, cancellationToken);
        rules.ThrowIfInvalid();

        // An approver approves for one organisation in an answering role; a move elsewhere ends it (given again if meant).
        var wasApprover = user.IsApprover;
        user.IsApprover &= user.OrganisationId == organisation!.Id && Roles.MayApprove(newRole!);
        user.OrganisationId = organisation.Id;
        var oldRoles = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, oldRoles);
        await users.AddToRoleAsync(user, newRole!);
        // A new security stamp signs the user out everywhere, so the new scope applies at once.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, "Assigned", user.Id, new { organisation = organisation.Name, role = newRole, previousRoles = oldRoles, approverEnded = wasApprover && !user.IsApprover }, cancellationToken);
    }

    /// <summary>
    /// Locks an account until unlocked (its cookies and tokens stop at once: the security stamp changes), or
    /// unlocks it and clears its failed sign-ins. An administrator cannot lock their own account.
    /// </summary>
    public async Task SetLockedAsync(Actor actor, Guid userId, bool locked, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        if (locked && userId == actor.UserId)
        {
            throw new ValidationException("id", "自分のアカウントはロックできません。");
        }
        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        var user = await FindUserAsync(db, actor, userId, cancellationToken);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, locked ? "Locked" : "Unlocked", user.Id, new { email = user.Email }, cancellationToken);
    }

    /// <summary>Makes the account a 決裁権者 of its organisation, or ends it; only for the roles that answer the survey.</summary>
    public async Task SetApproverAsync(Actor actor, Guid userId, bool isApprover, CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(actor);
        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        var user = await FindUserAsync(db, actor, userId, cancellationToken);
        if (isApprover && !(await users.GetRolesAsync(user)).Any(Roles.MayApprove))
        {
            throw new ValidationException("IsApprover", "決裁権者にできるのは、市町村職員、県部局職員、連携支援室職員の方です。");
        }
        if (user.IsApprover == isApprover)
        {
            return;
        }
        user.IsApprover = isApprover;
        await AuditAsync(db, isApprover ? "ApproverGranted" : "ApproverEnded", user.Id, new { email = user.Email, organisation = user.Organisation.Name }, cancellationToken);
    }

    /// <summary>
    /// An account of the actor's prefecture, with its organisation. The deployment's administrator is kept by the
    /// deployment's configuration, not on this page: nobody moves, locks or marks it here.
    /// </summary>
    private static async Task<RenkeiUser> FindUserAsync(RenkeiDbContext db, Actor actor, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Organisation)
            .SingleOrDefaultAsync(u => u.Id == userId && u.Organisation.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new NotFoundException("指定された利用者は見つかりません。");
        var deployment = db.Roles.Where(r => r.Name == Roles.DeploymentAdministrator).Select(r => r.Id);
        if (await db.UserRoles.AnyAsync(ur => ur.UserId == userId && deployment.Contains(ur.RoleId), cancellationToken))
        {
            throw new ForbiddenException("ポータル全体の管理者のアカウントは、この画面では変更できません（導入時の設定で管理します）。");
        }
        return user;
    }

    private static string? CheckRole(TextRules rules, string? role)
    {
        if (role is null || !Roles.Assignable.Contains(role))
        {
            rules.Add(nameof(NewUserInput.Role), "役割を選んでください。");
            return null;
        }
        return role;
    }

    /// <summary>The organisation of the actor's prefecture to assign, checked against the role it is to hold.</summary>
    private static async Task<Organisations.Organisation?> FindOrganisationAsync(RenkeiDbContext db, Actor actor, int organisationId, string? role, TextRules rules, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations
            .SingleOrDefaultAsync(o => o.Id == organisationId && o.PrefectureId == actor.PrefectureId, cancellationToken);
        if (organisation is null)
        {
            rules.Add(nameof(NewUserInput.OrganisationId), "所属を選んでください。");
        }
        else if (role is not null && !Roles.FitsOrganisation(role, organisation))
        {
            rules.Add(nameof(NewUserInput.Role), $"{Roles.ToJapanese(role)}は{organisation.Name}には割り当てられません。");
        }
        return organisation;
    }

    private static void EnsureAdministrator(Actor actor)
    {
        if (!actor.IsAdministrator)
        {
            throw new ForbiddenException("利用者の管理はシステム管理者だけが行えます。");
        }
    }

    private static ValidationException ToValidation(IdentityResult result) =>
        new(result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewUserInput.Password) : nameof(NewUserInput.Email))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    private async Task AuditAsync(RenkeiDbContext db, string action, Guid userId, object changes, CancellationToken cancellationToken)
    {
        // The context works for the actor (OpenAccounts), so the entry names them, their prefecture and organisation.
        Auditing.AuditEvents.Add(db, clock, action, nameof(RenkeiUser), userId.ToString(), changes);
        await db.SaveAsync(cancellationToken);
    }
}
