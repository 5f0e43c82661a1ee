using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

/// <summary>
/// The municipality keeps its own contact up to date; its support office and the secretariat may help.
/// Nobody else may change it.
/// </summary>
public sealed class MunicipalityContactService(UnitOfWork work)
{
    public async Task<uint> UpdateAsync(Actor actor, string code, ContactInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipality = await OrganisationDirectory.FindMunicipalityAsync(db, actor, code, cancellationToken);
        if (!actor.CanManage(municipality))
        {
            throw new ForbiddenException($"{municipality.Name}の連絡先を変更する権限がありません。");
        }

        var rules = new TextRules();
        var division = rules.Optional(nameof(ContactInput.Division), "担当課", input.Division, 100);
        var phone = rules.Optional(nameof(ContactInput.Phone), "電話番号", input.Phone, 30);
        var email = rules.Optional(nameof(ContactInput.Email), "メールアドレス", input.Email, 254);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '(' or ')' or ' ' or '+'))
        {
            rules.Add(nameof(ContactInput.Phone), "電話番号は半角数字とハイフンで入力してください（例: 023-630-2211）。");
        }
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            rules.Add(nameof(ContactInput.Email), "メールアドレスの形式が正しくありません（例: kikaku@city.example.jp）。");
        }
        rules.ThrowIfInvalid();

        // The contact shares the municipality's row and its xmin: both must carry the version being edited.
        db.Expect(municipality, version);
        db.Entry(municipality.Contact).Property<uint>("Version").OriginalValue = version;
        municipality.Contact.Division = division;
        municipality.Contact.Phone = phone;
        municipality.Contact.Email = email;
        await db.SaveAsync(cancellationToken);
        return municipality.Version;
    }
}
