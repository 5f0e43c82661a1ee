using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Data.Seed;
using Renkei.Core.Organisations;

namespace Renkei.Core.Tenancy;

/// <summary>
/// The deployment's prefectures (tenants). Its administrator adds one from the national list of local governments:
/// the prefecture, every municipality the list gives it, its 総合支庁 and 連携支援室 with their jurisdictions from a
/// CSV, its secretariat and its first administrator — in one transaction, so a refused step leaves nothing behind.
/// Everything after that (council bodies, the schedule template, the users) is that prefecture's own to set up.
/// </summary>
public sealed class PrefectureSetupService(UnitOfWork work, TimeProvider clock)
{
    public async Task<IReadOnlyList<PrefectureListItem>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        TenancyAccess.EnsureDeploymentAdministrator(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rows = await db.Prefectures.AsNoTracking().Select(p => new
        {
            p.Id, p.Code, p.Name,
            Municipalities = db.Municipalities.Count(m => m.PrefectureId == p.Id),
            Unassigned = db.Municipalities.Count(m => m.PrefectureId == p.Id && m.SupportOfficeId == null),
            BranchOffices = db.BranchOffices.Count(b => b.PrefectureId == p.Id),
            SupportOffices = db.SupportOffices.Count(s => s.PrefectureId == p.Id),
            Users = db.Users.Count(u => u.Organisation.PrefectureId == p.Id),
        }).ToListAsync(cancellationToken);
        var withWork = await PrefectureRemoval.WithWorkAsync(db, cancellationToken);
        return rows.OrderBy(r => r.Code.Value, StringComparer.Ordinal)
            .Select(r => new PrefectureListItem(r.Id, r.Code.Value, r.Name, r.Municipalities, r.BranchOffices, r.SupportOffices, r.Users, r.Unassigned,
                r.Id != actor.PrefectureId && !withWork.Contains(r.Id))).ToList();
    }

    /// <summary>
    /// Removes a prefecture added by mistake, with its organisations and accounts, while it holds nothing else (checked
    /// again here: its people may have started work since the list was shown). The audit trail keeps its entries.
    /// </summary>
    public async Task RemoveAsync(Actor actor, int prefectureId, CancellationToken cancellationToken = default)
    {
        TenancyAccess.EnsureDeploymentAdministrator(actor);
        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        var prefecture = await db.Prefectures.SingleOrDefaultAsync(p => p.Id == prefectureId, cancellationToken)
            ?? throw new NotFoundException("この都道府県はポータルにありません。");
        if (prefecture.Id == actor.PrefectureId)
        {
            throw new ConflictException("ご自分の所属する都道府県は削除できません。");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        if (await PrefectureRemoval.HoldsWorkAsync(db, prefecture.Id, cancellationToken))
        {
            throw new ConflictException($"{prefecture.Name}には調査・テーマ・会議などの登録があるため削除できません。削除できるのは、追加した後にまだ何も登録されていない都道府県だけです。");
        }
        var people = await db.Users.Where(u => u.Organisation.PrefectureId == prefecture.Id).ToListAsync(cancellationToken);
        // Their notices, notice settings, calendar address and API sessions go with them (cascading keys).
        foreach (var person in people)
        {
            IdentityResultGuard.ThrowIfFailed(await users.DeleteAsync(person));
        }
        await db.Organisations.Where(o => o.PrefectureId == prefecture.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Prefectures.Where(p => p.Id == prefecture.Id).ExecuteDeleteAsync(cancellationToken);
        Auditing.AuditEvents.Add(db, clock, "PrefectureRemoved", nameof(Prefecture), prefecture.Id.ToString(),
            new { prefecture = prefecture.Name, accounts = people.Count });
        await db.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The prefectures of the national list not in the portal yet, in code order.</summary>
    public async Task<IReadOnlyList<PrefectureChoice>> ChoicesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        TenancyAccess.EnsureDeploymentAdministrator(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var present = (await db.Prefectures.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken)).Select(c => c.Value).ToHashSet();
        return LocalGovernmentList.All().GroupBy(r => r.PrefectureCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Prefecture: g.Single(r => r.IsPrefecture), Count: g.Count(r => !r.IsPrefecture)))
            .Where(p => !present.Contains(p.Prefecture.Code.Value))
            .Select(p => new PrefectureChoice(p.Prefecture.PrefectureCode, p.Prefecture.Name, p.Count)).ToList();
    }

    /// <summary>Adds a prefecture; <paramref name="offices"/> is the CSV of its offices (none: every municipality is 未登録 until they are entered).</summary>
    public async Task<PrefectureSetup> AddAsync(Actor actor, NewPrefectureInput input, Stream? offices, CancellationToken cancellationToken = default)
    {
        TenancyAccess.EnsureDeploymentAdministrator(actor);
        var rules = new TextRules();
        var list = input.PrefectureCode is { Length: 2 } code ? LocalGovernmentList.Of(code) : [];
        if (!list.Any(r => r.IsPrefecture))
        {
            rules.Add(nameof(NewPrefectureInput.PrefectureCode), "追加する都道府県を選んでください。");
        }
        var bureau = rules.Required(nameof(NewPrefectureInput.SecretariatBureau), "事務局の部局名", input.SecretariatBureau, 100);
        var division = rules.Required(nameof(NewPrefectureInput.SecretariatDivision), "事務局の課名", input.SecretariatDivision, 100);
        var email = rules.Required(nameof(NewPrefectureInput.AdministratorEmail), "管理者のメールアドレス", input.AdministratorEmail, 254);
        var name = rules.Required(nameof(NewPrefectureInput.AdministratorName), "管理者の氏名", input.AdministratorName, 100);
        if (string.IsNullOrEmpty(input.AdministratorPassword))
        {
            rules.Add(nameof(NewPrefectureInput.AdministratorPassword), "管理者の初期パスワードを入力してください。");
        }
        rules.ThrowIfInvalid();
        var rows = offices is null ? [] : OfficesCsv.Read(offices, list);
        var listed = list.Single(r => r.IsPrefecture);

        await using var accounts = work.OpenAccounts(actor);
        var (db, users) = (accounts.Db, accounts.Users);
        if (await db.Prefectures.AnyAsync(p => p.Code == listed.Code, cancellationToken))
        {
            throw new ConflictException($"{listed.Name}はすでにポータルにあります。");
        }
        var administrator = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name! };
        await CheckAccountAsync(users, administrator, input.AdministratorPassword!);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var prefecture = new Prefecture { Code = listed.Code, Name = listed.Name };
        db.Prefectures.Add(prefecture);
        await db.SaveAsync(cancellationToken);
        db.AuditInto(prefecture.Id);

        var branches = rows.Select(r => r.BranchOffice).Distinct()
            .ToDictionary(b => b, b => new BranchOffice { Name = b, Prefecture = prefecture });
        var supports = rows.DistinctBy(r => r.SupportOffice)
            .ToDictionary(r => r.SupportOffice, r => new SupportOffice { Name = r.SupportOffice, Prefecture = prefecture, BranchOffice = branches[r.BranchOffice] });
        var placed = rows.ToDictionary(r => r.Code.Value);
        db.BranchOffices.AddRange(branches.Values);
        db.SupportOffices.AddRange(supports.Values);
        var municipalities = list.Where(r => !r.IsPrefecture).Select(r =>
        {
            var row = placed.GetValueOrDefault(r.Code.Value);
            return new Municipality
            {
                Name = r.Name, Code = r.Code, Kind = r.MunicipalityKind, Region = row?.Region ?? "", Prefecture = prefecture,
                BranchOffice = row is null ? null : branches[row.BranchOffice], SupportOffice = row is null ? null : supports[row.SupportOffice],
            };
        }).ToList();
        db.Municipalities.AddRange(municipalities);
        var secretariat = new Department { Name = $"{bureau} {division}", Bureau = bureau!, Division = division!, IsSecretariat = true, Prefecture = prefecture };
        db.Departments.Add(secretariat);
        await db.SaveAsync(cancellationToken);

        administrator.OrganisationId = secretariat.Id;
        IdentityResultGuard.ThrowIfFailed(await users.CreateAsync(administrator, input.AdministratorPassword!));
        IdentityResultGuard.ThrowIfFailed(await users.AddToRoleAsync(administrator, Roles.Administrator));
        Auditing.AuditEvents.Add(db, clock, "PrefectureAdded", nameof(Prefecture), prefecture.Id.ToString(),
            new { prefecture = prefecture.Name, municipalities = municipalities.Count, branchOffices = branches.Count, supportOffices = supports.Count, administrator = email });
        await db.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PrefectureSetup(prefecture.Id, prefecture.Name, municipalities.Count, branches.Count, supports.Count,
            municipalities.Count(m => m.SupportOffice is null), administrator.Id);
    }

    /// <summary>The administrator's address must be free and the password pass the portal's rules, before anything is written.</summary>
    private static async Task CheckAccountAsync(Microsoft.AspNetCore.Identity.UserManager<RenkeiUser> users, RenkeiUser user, string password)
    {
        var rules = new TextRules();
        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            rules.Add(nameof(NewPrefectureInput.AdministratorEmail), "このメールアドレスはすでに使われています。");
        }
        foreach (var validator in users.PasswordValidators)
        {
            foreach (var error in (await validator.ValidateAsync(users, user, password)).Errors)
            {
                rules.Add(nameof(NewPrefectureInput.AdministratorPassword), error.Description);
            }
        }
        rules.ThrowIfInvalid();
    }
}
