using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Notifications;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>
/// 督促: the secretariat mails every respondent that has not submitted — its users and, for a municipality,
/// its collaboration contact — with the deadline and a link to its response. Users who chose another language in the
/// portal get the mail in it (one mail per language); the contact, who has no account, gets it in Japanese.
/// </summary>
public sealed class SurveyReminderService(
    UnitOfWork work, SurveyProgressService progress, IMailSender mail, IOptions<MailOptions> options, IWordings wordings, TimeProvider clock)
{
    public async Task<ReminderResult> SendAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        SurveyAccess.EnsureManager(actor, "督促メールは事務局（市町村課）だけが送信できます。");
        var state = await progress.GetAsync(actor, surveyId, cancellationToken);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await SurveyResponseService.FindSurveyAsync(db, actor, surveyId, cancellationToken);
        if (survey.Status != SurveyStatus.Open)
        {
            throw new ConflictException("回答受付中の調査でないため、督促メールは送信できません。");
        }

        var pending = state.Rows.Where(r => r.State != ProgressState.Submitted).ToList();
        var ids = pending.Select(r => r.OrganisationId).ToList();
        var userAddresses = await db.Users.Where(u => ids.Contains(u.OrganisationId) && u.Email != null)
            .Select(u => new { u.OrganisationId, u.Email, u.Language }).ToListAsync(cancellationToken);
        var contactAddresses = await db.Municipalities.Where(m => ids.Contains(m.Id) && m.Contact.Email != null)
            .Select(m => new { OrganisationId = m.Id, m.Contact.Email, Language = (string?)null }).ToListAsync(cancellationToken);
        var addresses = userAddresses.Concat(contactAddresses)
            .GroupBy(a => a.OrganisationId)
            .ToDictionary(g => g.Key, g => g.DistinctBy(a => a.Email!, StringComparer.OrdinalIgnoreCase)
                .GroupBy(a => Languages.Known(a.Language) ?? Languages.Japanese).OrderBy(l => l.Key != Languages.Japanese)
                .Select(l => (Language: l.Key, To: l.Select(a => a.Email!).ToList())).ToList());

        // The sender's own secretariat by name (市町村課 in 山形県; another prefecture names its own).
        var secretariat = await db.Departments.Where(d => d.PrefectureId == actor.PrefectureId && d.IsSecretariat)
            .Select(d => d.Division).FirstOrDefaultAsync(cancellationToken) ?? "";
        var today = JapanDate.Today(clock);
        var messages = new List<MimeMessage>();
        var unreachable = new List<string>();
        foreach (var row in pending)
        {
            if (!addresses.TryGetValue(row.OrganisationId, out var byLanguage) || byLanguage.Count == 0)
            {
                unreachable.Add(row.OrganisationName);
                continue;
            }
            messages.AddRange(byLanguage.Select(l => Message(survey, row, l.To, today, secretariat, wordings.For(l.Language))));
        }
        if (messages.Count > 0)
        {
            await mail.SendAsync(messages, cancellationToken);
        }
        survey.LastReminderSentAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return new ReminderResult(pending.Count - unreachable.Count, messages.Sum(m => m.To.Count), unreachable);
    }

    /// <summary>What the respondent has to do next: a 決裁待ち answer waits on the organisation's approver, not on its author.</summary>
    private static string NextStep(ProgressState state) => state switch
    {
        ProgressState.AwaitingApproval => "回答は団体内の決裁待ちです。決裁者の方は次のページで決裁してください（決裁の後に提出できます）。",
        ProgressState.Approved => "回答は決裁済みです。次のページから提出してください。",
        ProgressState.Returned => "事務局から差し戻された回答を、次のページで直して再提出してください。",
        _ => "次のページから回答してください（ニーズがない場合は「回答なし」で提出できます）。",
    };

    private MimeMessage Message(NeedsSurvey survey, ProgressRow row, IReadOnlyList<string> to, DateOnly today, string secretariat, Wording w)
    {
        var o = options.Value;
        var closesOn = survey.WindowFor(row.Group).ClosesOn;
        var closes = Wareki.FormatDate(closesOn);
        var days = closesOn.DayNumber - today.DayNumber;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        message.Subject = w.Say($"【ご回答のお願い】{survey.Title}（{closes}締切）");
        string[] lines =
        [
            w.Format("{0} ご担当者様", row.OrganisationName), "",
            w.Say($"「{survey.Title}」へのご回答をお願いしております。"),
            w.Say(days >= 0 ? $"回答期限：{closes}（あと{days}日）" : $"回答期限：{closes}（期限を過ぎています）"),
            w.Format("現在の状況：{0}", w.Say(row.State.ToJapanese())), "",
            w.Say(NextStep(row.State)), $"{o.PortalUrl.TrimEnd('/')}/surveys/{survey.Id}/answer", "",
            w.Format("ご不明な点は事務局（{0}）までお問い合わせください。", secretariat), w.Format("※このメールは{0}から送信しています。", o.FromName),
        ];
        message.Body = new TextPart("plain") { Text = string.Join("\n", lines) };
        return message;
    }
}
