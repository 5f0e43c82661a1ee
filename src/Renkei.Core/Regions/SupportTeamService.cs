using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>
/// The 連携支援サポートチーム of a 総合支庁 (policy 4(1)): the office keeps its members (posts of several departments and
/// the fields they cover) and the requests its themes and needs make for specialist support, each tracked to its answer.
/// The secretariat reads every office's.
/// </summary>
public sealed class SupportTeamService(UnitOfWork work, TimeProvider clock)
{
    public async Task<SupportTeamView> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var office = actor.OrganisationId;
        var offices = await db.Organisations.AsNoTracking().Where(o => o.PrefectureId == actor.PrefectureId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var members = await db.SupportTeamMembers.AsNoTracking()
            .Where(m => m.PrefectureId == actor.PrefectureId && (actor.IsSecretariat || m.SupportOfficeId == office))
            .OrderBy(m => m.SupportOfficeId).ThenBy(m => m.Department).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var requests = await db.SupportRequests.AsNoTracking()
            .Where(r => r.PrefectureId == actor.PrefectureId && (actor.IsSecretariat || r.SupportOfficeId == office))
            .OrderBy(r => r.State).ThenByDescending(r => r.RequestedOn).ThenByDescending(r => r.Id).Take(500)
            .Select(r => new { Request = r, Theme = db.Themes.Where(t => t.Id == r.ThemeId).Select(t => t.Title).FirstOrDefault(),
                Need = db.NeedItems.Where(i => i.Id == r.NeedItemId).Select(i => i.Title).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var today = JapanDate.Today(clock);
        var names = members.ToDictionary(m => m.Id, m => $"{m.Department} {m.Post}");
        SupportRequestView View(SupportRequest r, string? theme, string? need) => new(r.Id, offices.GetValueOrDefault(r.SupportOfficeId, ""), r.ThemeId, theme,
            r.NeedItemId, need, r.Field, r.Question, r.RequestedOn, r.WantedBy, r.MemberId, r.MemberId is { } m ? names.GetValueOrDefault(m) : null, r.State,
            r.Answer, r.AnsweredOn, r.State == SupportRequestState.Open && r.WantedBy < today, r.Version);
        return new SupportTeamView(
            members.Select(m => new SupportMemberView(m.Id, offices.GetValueOrDefault(m.SupportOfficeId, ""), m.Department, m.Post, m.Fields, m.Contact, m.Version)).ToList(),
            requests.Select(x => View(x.Request, x.Theme, x.Need)).ToList(),
            actor.Role == Roles.SupportOfficeStaff);
    }

    public async Task<int> AddMemberAsync(Actor actor, SupportMemberInput input, CancellationToken cancellationToken = default)
    {
        EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var member = new SupportTeamMember { Department = "", Post = "", PrefectureId = actor.PrefectureId, SupportOfficeId = actor.OrganisationId };
        Apply(member, input);
        db.SupportTeamMembers.Add(member);
        await db.SaveAsync(cancellationToken);
        return member.Id;
    }

    public async Task UpdateMemberAsync(Actor actor, int id, SupportMemberInput input, uint version, CancellationToken cancellationToken = default)
    {
        EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var member = await FindMemberAsync(db, actor, id, cancellationToken);
        db.Expect(member, version);
        Apply(member, input);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>Takes a member off the team; the requests that named it keep their answers without the name.</summary>
    public async Task RemoveMemberAsync(Actor actor, int id, uint version, CancellationToken cancellationToken = default)
    {
        EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var member = await FindMemberAsync(db, actor, id, cancellationToken);
        db.Expect(member, version);
        db.SupportTeamMembers.Remove(member);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>Asks the team for support on a theme or a need of the office's municipalities.</summary>
    public async Task<int> RequestAsync(Actor actor, SupportRequestInput input, CancellationToken cancellationToken = default)
    {
        EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rules = new TextRules();
        var question = rules.Required("Question", "依頼の内容", input.Question, 4000);
        if (!Enum.IsDefined(input.Field))
        {
            rules.Add("Field", "分野を選んでください。");
        }
        var office = actor.OrganisationId;
        if (input.ThemeId is null && input.NeedItemId is null)
        {
            rules.Add("ThemeId", "支援を求める連携テーマかニーズを選んでください。");
        }
        if (input.ThemeId is { } theme && !await db.Themes.AnyAsync(t => t.Id == theme && t.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add("ThemeId", "連携テーマは一覧から選んでください。");
        }
        if (input.NeedItemId is { } need && !await db.NeedItems.AnyAsync(i => i.Id == need && i.Response.Status == Surveys.ResponseStatus.Submitted
                && db.Municipalities.Any(m => m.Id == i.Response.OrganisationId && m.SupportOfficeId == office), cancellationToken))
        {
            rules.Add("NeedItemId", "ニーズは所管の市町村から提出されたものを選んでください。");
        }
        if (input.MemberId is { } member && !await db.SupportTeamMembers.AnyAsync(m => m.Id == member && m.SupportOfficeId == office, cancellationToken))
        {
            rules.Add("MemberId", "依頼先はこの室のサポートチームから選んでください。");
        }
        var today = JapanDate.Today(clock);
        if (input.WantedBy < today)
        {
            rules.Add("WantedBy", "回答の希望日は今日以降にしてください。");
        }
        rules.ThrowIfInvalid();
        var request = new SupportRequest
        {
            PrefectureId = actor.PrefectureId, SupportOfficeId = office, ThemeId = input.ThemeId, NeedItemId = input.NeedItemId, Field = input.Field,
            Question = question, RequestedOn = today, WantedBy = input.WantedBy, MemberId = input.MemberId,
        };
        db.SupportRequests.Add(request);
        await db.SaveAsync(cancellationToken);
        return request.Id;
    }

    /// <summary>Records the team's answer (回答) on a day; the request is then answered.</summary>
    public async Task AnswerAsync(Actor actor, int id, string? answer, DateOnly answeredOn, int? memberId, uint version, CancellationToken cancellationToken = default)
    {
        EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var request = await db.SupportRequests.SingleOrDefaultAsync(r => r.Id == id && r.PrefectureId == actor.PrefectureId && r.SupportOfficeId == actor.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("指定された依頼は見つかりません。");
        db.Expect(request, version);
        var rules = new TextRules();
        var text = rules.Required("Answer", "回答", answer, 4000);
        if (answeredOn < request.RequestedOn || answeredOn > JapanDate.Today(clock))
        {
            rules.Add("AnsweredOn", "回答日は依頼日から今日までの日にしてください。");
        }
        if (memberId is { } member && !await db.SupportTeamMembers.AnyAsync(m => m.Id == member && m.SupportOfficeId == actor.OrganisationId, cancellationToken))
        {
            rules.Add("MemberId", "回答者はこの室のサポートチームから選んでください。");
        }
        rules.ThrowIfInvalid();
        (request.Answer, request.AnsweredOn, request.MemberId, request.State) = (text, answeredOn, memberId ?? request.MemberId, SupportRequestState.Answered);
        await db.SaveAsync(cancellationToken);
    }

    private static void Apply(SupportTeamMember member, SupportMemberInput input)
    {
        var rules = new TextRules();
        member.Department = rules.Required("Department", "部", input.Department, 100);
        member.Post = rules.Required("Post", "課・職", input.Post, 200);
        member.Contact = rules.Optional("Contact", "連絡先", input.Contact, 200);
        var fields = input.Fields.Distinct().ToArray();
        if (fields.Length == 0 || fields.Any(f => !Enum.IsDefined(f)))
        {
            rules.Add("Fields", "担当する分野を1つ以上選んでください。");
        }
        rules.ThrowIfInvalid();
        member.Fields = fields;
    }

    private static async Task<SupportTeamMember> FindMemberAsync(RenkeiDbContext db, Actor actor, int id, CancellationToken cancellationToken) =>
        await db.SupportTeamMembers.SingleOrDefaultAsync(m => m.Id == id && m.PrefectureId == actor.PrefectureId && m.SupportOfficeId == actor.OrganisationId, cancellationToken)
        ?? throw new NotFoundException("指定されたメンバーは見つかりません。");

    private static void EnsureReader(Actor actor)
    {
        if (!RegionAccess.MayKeep(actor))
        {
            throw new ForbiddenException("連携支援サポートチームは、連携支援室と事務局が閲覧します。");
        }
    }

    private static void EnsureKeeper(Actor actor)
    {
        if (actor.Role != Roles.SupportOfficeStaff)
        {
            throw new ForbiddenException("連携支援サポートチームとその依頼は、各総合支庁の連携支援室が管理します。");
        }
    }
}
