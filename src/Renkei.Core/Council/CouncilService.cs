using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>The council's bodies and their members over time; the secretariat keeps the rosters.</summary>
public sealed class CouncilService(UnitOfWork work)
{
    /// <summary>Every body with its members on <paramref name="on"/> (today when omitted).</summary>
    public async Task<IReadOnlyList<BodyView>> ListBodiesAsync(Actor actor, DateOnly on, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var bodies = await db.CouncilBodies.AsNoTracking()
            .Where(b => b.PrefectureId == actor.PrefectureId)
            .OrderBy(b => b.Kind).ThenBy(b => b.Id)
            .Select(b => new
            {
                b.Id, b.Kind, b.Name, b.ChairPost, b.ThemeId, b.OwnerOrganisationId,
                Owner = db.Organisations.Where(o => o.Id == b.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault(),
                Members = b.Memberships.Where(m => m.From <= on && (m.Until == null || m.Until >= on))
                    .OrderBy(m => m.Id) // seeded in the order of the tables
                    .Select(m => new MemberView(m.Id, m.OrganisationId, m.Organisation.Name, m.Post, m.From, m.Until)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var themeIds = bodies.Where(b => b.ThemeId is not null).Select(b => b.ThemeId!.Value).ToList();
        var themes = CouncilAccess.MayManage(actor) ? [] : await db.Themes.AsNoTracking().Where(t => themeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return bodies.Select(b => new BodyView(b.Id, b.Kind, b.Name, b.ChairPost, b.ThemeId, b.Members,
            CouncilAccess.MayKeepRoster(actor, b.Kind, b.ThemeId is { } id ? themes.GetValueOrDefault(id) : null, b.OwnerOrganisationId),
            b.OwnerOrganisationId, b.Owner)).ToList();
    }

    /// <summary>
    /// A 連携支援室 sets up a body of its region (副首長会議, 企画担当課長会議, 担当者会議 or another): the municipalities of
    /// its jurisdiction sit in it by the kind's post, and the office as 連携支援室長, from <paramref name="from"/>. The office
    /// then keeps its roster and runs its meetings as the secretariat does the council's.
    /// </summary>
    public async Task<int> CreateRegionalBodyAsync(Actor actor, BodyKind kind, string? name, string? chairPost, DateOnly from, CancellationToken cancellationToken = default)
    {
        if (!CouncilAccess.MaySetUpRegionalBody(actor))
        {
            throw new ForbiddenException("地域の会議体を設置できるのは連携支援室です。");
        }
        var rules = new TextRules();
        if (!kind.IsRegional())
        {
            rules.Add("Kind", "地域の会議体の種類（副首長会議・企画担当課長会議・担当者会議・地域の会議）を選んでください。");
        }
        var (title, chair) = BodyTexts(rules, name, chairPost, from);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await EnsureNameFreeAsync(db, actor, title, cancellationToken);
        var jurisdiction = await db.Municipalities.Where(m => m.SupportOfficeId == actor.OrganisationId).OrderBy(m => m.Code).Select(m => m.Id).ToListAsync(cancellationToken);
        var body = new CouncilBody { PrefectureId = actor.PrefectureId, Kind = kind, Name = title, ChairPost = chair, OwnerOrganisationId = actor.OrganisationId };
        body.Memberships.Add(new BodyMembership { OrganisationId = actor.OrganisationId, Post = "連携支援室長", From = from });
        body.Memberships.AddRange(jurisdiction.Select(m => new BodyMembership { OrganisationId = m, Post = kind.MunicipalPost(), From = from }));
        db.CouncilBodies.Add(body);
        await db.SaveAsync(cancellationToken);
        return body.Id;
    }

    /// <summary>
    /// The secretariat sets up one of the prefecture's own bodies — a new prefecture starts without them. There is one body of
    /// each kind (the schedule template and the pairing of 幹事会 with 連携推進会議 name them by kind).
    /// </summary>
    public async Task<int> SetUpPrefecturalBodyAsync(Actor actor, PrefecturalBodyInput input, CancellationToken cancellationToken = default)
    {
        if (!CouncilAccess.MaySetUpPrefecturalBody(actor))
        {
            throw new ForbiddenException("県の会議体を設置できるのは事務局（市町村課）です。");
        }
        var rules = new TextRules();
        if (!input.Kind.IsPrefectural())
        {
            rules.Add("Kind", "会議体の種類（連携推進会議・幹事会・市町村長会議・行政懇談会）を選んでください。");
        }
        var (title, chair) = BodyTexts(rules, input.Name, input.ChairPost, input.From);
        var municipalPost = rules.Optional("MunicipalPost", "市町村の出席する職", input.MunicipalPost, 200);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        if (await db.CouncilBodies.Where(b => b.PrefectureId == actor.PrefectureId && b.Kind == input.Kind).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) is { } same)
        {
            throw new ValidationException("Kind", $"{input.Kind.ToJapanese()}は既に設置されています（{same}）。構成員は名簿で変えられます。");
        }
        await EnsureNameFreeAsync(db, actor, title, cancellationToken);
        var body = new CouncilBody { PrefectureId = actor.PrefectureId, Kind = input.Kind, Name = title, ChairPost = chair };
        if (municipalPost is not null)
        {
            var municipalities = await db.Municipalities.Where(m => m.PrefectureId == actor.PrefectureId).OrderBy(m => m.Code).Select(m => m.Id).ToListAsync(cancellationToken);
            body.Memberships.AddRange(municipalities.Select(m => new BodyMembership { OrganisationId = m, Post = municipalPost, From = input.From }));
        }
        db.CouncilBodies.Add(body);
        await db.SaveAsync(cancellationToken);
        return body.Id;
    }

    /// <summary>A new body's name and chair, and the day it starts, as every kind of body is set up.</summary>
    private static (string Title, string Chair) BodyTexts(TextRules rules, string? name, string? chairPost, DateOnly from)
    {
        var title = rules.Required("Name", "会議体の名称", name, 200);
        var chair = rules.Required("ChairPost", "議長（座長）の職", chairPost, 200);
        if (!Calendar.SaneDates.Contains(from))
        {
            rules.Add("From", Calendar.SaneDates.Message);
        }
        return (title, chair);
    }

    private static async Task EnsureNameFreeAsync(RenkeiDbContext db, Actor actor, string title, CancellationToken cancellationToken)
    {
        if (await db.CouncilBodies.AnyAsync(b => b.PrefectureId == actor.PrefectureId && b.Name == title, cancellationToken))
        {
            throw new ValidationException("Name", "同じ名称の会議体が既にあります。");
        }
    }

    /// <summary>Adds an organisation's post to a body from a date.</summary>
    public async Task<int> AddMemberAsync(Actor actor, int bodyId, int organisationId, string? post, DateOnly from, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = rules.Required("Post", "出席する職", post, 200);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var body = await CouncilQueries.FindBodyAsync(db, actor, bodyId, cancellationToken);
        await EnsureRosterKeeperAsync(db, actor, body, cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add("OrganisationId", "構成員は県内の団体から選んでください。");
        }
        else if (await db.BodyMemberships.AnyAsync(m => m.BodyId == body.Id && m.OrganisationId == organisationId && m.Post == text
            && (m.Until == null || m.Until >= from), cancellationToken))
        {
            rules.Add("OrganisationId", "この団体のこの職は、既にその日の構成員です。");
        }
        rules.ThrowIfInvalid();
        var membership = new BodyMembership { BodyId = body.Id, OrganisationId = organisationId, Post = text, From = from };
        db.BodyMemberships.Add(membership);
        await db.SaveAsync(cancellationToken);
        return membership.Id;
    }

    /// <summary>Ends a membership on a date; the seat stays in the history for the meetings before it.</summary>
    public async Task RemoveMemberAsync(Actor actor, int membershipId, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var membership = await db.BodyMemberships
            .SingleOrDefaultAsync(m => m.Id == membershipId && db.CouncilBodies.Any(b => b.Id == m.BodyId && b.PrefectureId == actor.PrefectureId), cancellationToken)
            ?? throw new NotFoundException("指定された構成員は見つかりません。");
        await EnsureRosterKeeperAsync(db, actor, await CouncilQueries.FindBodyAsync(db, actor, membership.BodyId, cancellationToken), cancellationToken);
        if (membership.Until is not null)
        {
            throw new ConflictException("この構成員は既に外れています。");
        }
        if (lastDay < membership.From)
        {
            throw new ValidationException("Until", "外れる日は、構成員になった日以降にしてください。");
        }
        membership.Until = lastDay;
        await db.SaveAsync(cancellationToken);
    }

    private static async Task EnsureRosterKeeperAsync(RenkeiDbContext db, Actor actor, CouncilBody body, CancellationToken cancellationToken)
    {
        if (!await CouncilAccess.MayKeepRosterAsync(db, actor, body, cancellationToken))
        {
            throw new ForbiddenException(body.Kind == BodyKind.WorkingTeam
                ? "このワーキングチームの構成員は、テーマを担当する連携支援室と事務局（市町村課）が管理します。"
                : "会議の構成員は事務局（市町村課）が管理します。");
        }
    }
}
