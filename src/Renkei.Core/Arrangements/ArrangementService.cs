using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Arrangements;

/// <summary>The registry of wide-area arrangements (広域連携の仕組み): read by everyone of the prefecture, kept by the secretariat and the support offices.</summary>
public sealed class ArrangementService(UnitOfWork work, TimeProvider clock)
{
    public async Task<IReadOnlyList<ArrangementListItem>> ListAsync(Actor actor, ArrangementFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new ArrangementFilter();
        var day = Day(filter.AsOf);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangements = await ArrangementsAsync(db, actor, cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var municipalities = await MunicipalityIdsAsync(db, actor, cancellationToken);
        return arrangements
            .Where(a => filter.Type is null || a.Type == filter.Type)
            .Where(a => filter.IncludeDissolved || StatusOn(a, day) != ArrangementStatus.Dissolved)
            .Where(a => filter.MunicipalityId is not { } m || a.Members.Any(x => x.OrganisationId == m && x.IsMemberOn(day)))
            .OrderBy(a => a.Type).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => ListItem(a, day, names, municipalities))
            .ToList();
    }

    public async Task<ArrangementDetail> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangement = await ArrangementAccess.FindAsync(db.Arrangements.AsNoTracking().Include(a => a.Members).Include(a => a.Steps), actor, id, cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var members = arrangement.Members.OrderBy(m => m.Role == MemberRole.CentralCity ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.Id)
            .Select(m => new ArrangementMemberView(m.Id, m.OrganisationId, m.PartyArrangementId, m.IsPrefecture, NameOf(m, names), m.Role, m.From, m.Until))
            .ToList();
        var steps = arrangement.Steps.OrderBy(s => s.On ?? DateOnly.MaxValue).ThenBy(s => s.Id)
            .Select(s => new ArrangementStepView(s.Id, s.Kind, s.On, s.MonthOnly, s.PartnerOrganisationId,
                s.PartnerOrganisationId is { } p ? names.Organisations.GetValueOrDefault(p) : null, s.Title, s.Note))
            .ToList();
        return new ArrangementDetail(arrangement.Id, arrangement.Type, arrangement.Name, arrangement.KindsOfWork, arrangement.EstablishedOn,
            arrangement.DissolvedOn, arrangement.Note, StatusOn(arrangement, JapanDate.Today(clock)), members, steps,
            await ArrangementAccess.MayEditAsync(db, actor, id, cancellationToken), arrangement.Version)
        {
            Documents = await db.ArrangementDocuments.AsNoTracking().Where(d => d.ArrangementId == id).OrderBy(d => d.Id)
                .Select(d => new ArrangementDocumentView(d.Id, d.Title, d.Url)).ToListAsync(cancellationToken),
        };
    }

    /// <summary>The seed's table: by type, the arrangements in force on the day, their municipalities (延べ), those with the prefecture.</summary>
    public async Task<ArrangementSummary> SummaryAsync(Actor actor, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var day = Day(asOf);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await SummaryAsync(db, actor, await ArrangementsAsync(db, actor, cancellationToken), day, cancellationToken);
    }

    private static async Task<ArrangementSummary> SummaryAsync(RenkeiDbContext db, Actor actor, List<Arrangement> arrangements, DateOnly day, CancellationToken cancellationToken)
    {
        var regions = await db.Municipalities.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId)
            .Select(m => new { m.Id, m.Region, m.BranchOfficeId }).ToListAsync(cancellationToken);
        var municipalities = regions.Select(m => m.Id).ToHashSet();
        var active = arrangements.Where(a => StatusOn(a, day) == ArrangementStatus.Active).ToList();
        // Each arrangement's member municipalities of the day, once: the three tables count from them.
        var membersOf = active.ToDictionary(a => a.Id, a => MunicipalitiesOn(a, day, municipalities).ToHashSet());
        var rows = Enum.GetValues<ArrangementType>().Select(type =>
        {
            var ofType = arrangements.Where(a => a.Type == type).ToList();
            var activeOfType = active.Where(a => a.Type == type).ToList();
            return new ArrangementSummaryRow(type, activeOfType.Count,
                activeOfType.Sum(a => membersOf[a.Id].Count),
                activeOfType.Count(a => a.Members.Any(m => m.IsPrefecture && m.IsMemberOn(day))),
                ofType.Count(a => StatusOn(a, day) == ArrangementStatus.InPreparation),
                activeOfType.SelectMany(a => a.KindsOfWork).Distinct().OrderBy(IndexOfKind).ToList(),
                ofType.Count);
        }).ToList();
        var byKind = active.SelectMany(a => a.KindsOfWork.Select(k => (Kind: k, Arrangement: a))).GroupBy(x => x.Kind)
            .OrderBy(g => IndexOfKind(g.Key))
            .Select(g => new KindSummaryRow(g.Key, g.Count(), g.Sum(x => membersOf[x.Arrangement.Id].Count)))
            .ToList();
        // Regions in the order of their 総合支庁 (村山, 最上, 置賜, 庄内 in Yamagata), as the prefecture lists them.
        var byRegion = regions.GroupBy(m => m.Region).OrderBy(g => g.Min(m => m.BranchOfficeId)).Select(g =>
        {
            var ids = g.Select(m => m.Id).ToHashSet();
            return new RegionSummaryRow(g.Key, ids.Count, ids.Count(id => membersOf.Values.Any(members => members.Contains(id))),
                membersOf.Values.Count(members => members.Overlaps(ids)));
        }).ToList();
        return new ArrangementSummary(day, rows, ArrangementAccess.MayRegister(actor)) { ByKind = byKind, ByRegion = byRegion };
    }

    public async Task<int> CreateAsync(Actor actor, ArrangementInput input, CancellationToken cancellationToken = default)
    {
        ArrangementAccess.EnsureRegistrar(actor);
        var arrangement = new Arrangement { Name = "", PrefectureId = actor.PrefectureId };
        Apply(arrangement, input);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        db.Arrangements.Add(arrangement);
        await db.SaveAsync(cancellationToken);
        return arrangement.Id;
    }

    public async Task<uint> UpdateAsync(Actor actor, int id, ArrangementInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangement = await FindAsync(db, actor, id, cancellationToken);
        await ArrangementAccess.EnsureEditorAsync(db, actor, id, cancellationToken);
        db.Expect(arrangement, version);
        Apply(arrangement, input);
        await db.SaveAsync(cancellationToken);
        return arrangement.Version;
    }

    /// <summary>Adds a party; 事務の委託 is directed (委託元 → 委託先) and a 圏域 has one 中心市.</summary>
    public async Task<int> AddMemberAsync(Actor actor, int id, MemberInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangement = await ArrangementAccess.FindAsync(db.Arrangements.Include(a => a.Members), actor, id, cancellationToken);
        await ArrangementAccess.EnsureMayAddAsync(db, actor, id, input.OrganisationId, cancellationToken);
        var rules = new TextRules();
        var parties = (input.OrganisationId is null ? 0 : 1) + (input.IsPrefecture ? 1 : 0) + (input.PartyArrangementId is null ? 0 : 1);
        if (parties != 1)
        {
            rules.Add("OrganisationId", "構成団体は、県内の団体・山形県・他の広域連携のいずれか1つを指定してください。");
        }
        else if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(x => x.Id == organisationId && x.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add("OrganisationId", "構成団体は県内の団体から選んでください。");
        }
        else if (input.PartyArrangementId is { } party && (party == id || !await db.Arrangements.AnyAsync(x => x.Id == party && x.PrefectureId == actor.PrefectureId, cancellationToken)))
        {
            rules.Add("PartyArrangementId", "相手方の広域連携が見つかりません。");
        }
        if (!Enum.IsDefined(input.Role))
        {
            rules.Add("Role", "役割を選んでください。");
        }
        else if (RoleProblem(arrangement, input) is { } problem)
        {
            rules.Add("Role", problem);
        }
        if (input is { From: { } from, Until: { } until } && until < from)
        {
            rules.Add("Until", "脱退日は加入日以降にしてください。");
        }
        rules.ThrowIfInvalid();
        var member = new ArrangementMember
        {
            ArrangementId = id, OrganisationId = input.OrganisationId, IsPrefecture = input.IsPrefecture, PartyArrangementId = input.PartyArrangementId,
            Role = input.Role, From = input.From, Until = input.Until,
        };
        db.ArrangementMembers.Add(member);
        await db.SaveAsync(cancellationToken);
        return member.Id;
    }

    /// <summary>Links a document (規約, 協定, vision) by its web address; kept by those who keep the arrangement.</summary>
    public async Task<int> AddDocumentAsync(Actor actor, int id, string? title, string? url, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await FindAsync(db, actor, id, cancellationToken);
        await ArrangementAccess.EnsureEditorAsync(db, actor, id, cancellationToken);
        var rules = new TextRules();
        var name = rules.Required("Title", "資料の名称", title, 300);
        var address = rules.WebAddress("Url", "資料のURL", url);
        if (address is null && !rules.HasErrors)
        {
            rules.Add("Url", "資料のURLを入力してください。");
        }
        rules.ThrowIfInvalid();
        var document = new ArrangementDocument { ArrangementId = id, Title = name, Url = address!, AddedAt = clock.GetUtcNow() };
        db.ArrangementDocuments.Add(document);
        await db.SaveAsync(cancellationToken);
        return document.Id;
    }

    /// <summary>Removes a link (a link is added or removed, never edited, so there is no version to compare).</summary>
    public async Task RemoveDocumentAsync(Actor actor, int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var document = await db.ArrangementDocuments
            .SingleOrDefaultAsync(d => d.Id == documentId && db.Arrangements.Any(a => a.Id == d.ArrangementId && a.PrefectureId == actor.PrefectureId), cancellationToken)
            ?? throw new NotFoundException("指定された資料は見つかりません。");
        await ArrangementAccess.EnsureEditorAsync(db, actor, document.ArrangementId, cancellationToken);
        db.ArrangementDocuments.Remove(document);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>A party leaves on a day; the registry "as of" earlier days keeps it.</summary>
    public async Task EndMemberAsync(Actor actor, int memberId, DateOnly until, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var member = await db.ArrangementMembers
            .SingleOrDefaultAsync(m => m.Id == memberId && db.Arrangements.Any(a => a.Id == m.ArrangementId && a.PrefectureId == actor.PrefectureId), cancellationToken)
            ?? throw new NotFoundException("指定された構成団体は見つかりません。");
        await ArrangementAccess.EnsureEditorAsync(db, actor, member.ArrangementId, cancellationToken);
        if (member.Until is not null)
        {
            throw new ConflictException("この構成団体は既に脱退しています。");
        }
        if (member.From is { } from && until < from)
        {
            throw new ValidationException("Until", "脱退日は加入日以降にしてください。");
        }
        member.Until = until;
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>Records a dated step: 設立, 規約変更, 中心市宣言, a partner's 協定, a vision, 解散.</summary>
    public async Task<int> AddStepAsync(Actor actor, int id, StepInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangement = await FindAsync(db, actor, id, cancellationToken);
        await ArrangementAccess.EnsureEditorAsync(db, actor, id, cancellationToken);
        var rules = new TextRules();
        var title = rules.Optional("Title", "名称", input.Title, 200);
        var note = rules.Optional("Note", "備考", input.Note, 2000);
        if (!Enum.IsDefined(input.Kind))
        {
            rules.Add("Kind", "種類を選んでください。");
        }
        else if (!ArrangementRules.StepsFor(arrangement.Type).Contains(input.Kind))
        {
            rules.Add("Kind", "中心市宣言・協定・ビジョンは、定住自立圏と連携中枢都市圏に記録します。");
        }
        if (input.Kind is StepKind.Agreement or StepKind.AgreementChange && input.PartnerOrganisationId is null)
        {
            rules.Add("PartnerOrganisationId", "協定の相手方の市町村を選んでください。");
        }
        if (input.PartnerOrganisationId is { } partner && !await db.ArrangementMembers.AnyAsync(m => m.ArrangementId == id && m.OrganisationId == partner, cancellationToken))
        {
            rules.Add("PartnerOrganisationId", "協定の相手方は、この圏域の構成団体から選んでください。");
        }
        rules.ThrowIfInvalid();
        var step = new ArrangementStep { ArrangementId = arrangement.Id, Kind = input.Kind, On = input.On, MonthOnly = input.MonthOnly && input.On is not null, PartnerOrganisationId = input.PartnerOrganisationId, Title = title, Note = note };
        db.ArrangementSteps.Add(step);
        await db.SaveAsync(cancellationToken);
        return step.Id;
    }

    /// <summary>
    /// Imports 共同処理 records (<see cref="ArrangementCsv"/>): every bad line is reported with its number and nothing is
    /// saved unless all lines are good. A name already in the registry is refused, so a file cannot be entered twice.
    /// </summary>
    public async Task<int> ImportCsvAsync(Actor actor, Stream csv, CancellationToken cancellationToken = default)
    {
        ArrangementAccess.EnsureRegistrar(actor);
        var rows = ArrangementCsv.Read(csv);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var prefecture = await db.Prefectures.Where(p => p.Id == actor.PrefectureId).Select(p => p.Name).SingleAsync(cancellationToken);
        var municipalities = (await db.Municipalities.Where(m => m.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken)).ToDictionary(m => m.Code.Value, m => m.Id);
        var registered = await db.Arrangements.Where(a => a.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken);
        var rules = new TextRules();
        var created = new Dictionary<string, Arrangement>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (registered.Any(a => a.Name == row.Name) || created.ContainsKey(row.Name))
            {
                rules.Add("File", $"{row.Line}行目: 「{row.Name}」は既に登録されています（同じ名称は1件だけです）。");
                continue;
            }
            created[row.Name] = new Arrangement
            {
                PrefectureId = actor.PrefectureId, Type = row.Type, Name = row.Name, KindsOfWork = row.KindsOfWork.OrderBy(IndexOfKind).ToArray(),
                EstablishedOn = row.EstablishedOn, DissolvedOn = row.DissolvedOn, Note = row.Note,
            };
        }
        foreach (var row in rows.Where(r => created.ContainsKey(r.Name)))
        {
            var arrangement = created[row.Name];
            foreach (var party in row.Parties)
            {
                var member = new ArrangementMember { Role = party.Role, From = row.EstablishedOn };
                if (party.Token is ArrangementCsv.PrefectureToken || party.Token == prefecture)
                {
                    member.IsPrefecture = true;
                }
                else if (municipalities.TryGetValue(party.Token, out var municipality))
                {
                    member.OrganisationId = municipality;
                }
                else if (created.TryGetValue(party.Token, out var other) && other != arrangement)
                {
                    member.PartyArrangement = other;
                }
                else if (registered.FirstOrDefault(a => a.Name == party.Token) is { } existing)
                {
                    member.PartyArrangementId = existing.Id;
                }
                else
                {
                    rules.Add("File", party.Token.All(char.IsAsciiDigit)
                        ? $"{row.Line}行目: 団体コード {party.Token} の市町村はこの県にありません。"
                        : $"{row.Line}行目: 構成団体「{party.Token}」が分かりません（団体コード、「県」、または登録済みか同じファイルの広域連携の名称）。");
                    continue;
                }
                arrangement.Members.Add(member);
            }
            if (row.Type.IsArea() && arrangement.Members.Count(m => m.Role == MemberRole.CentralCity && m.OrganisationId is not null) != 1)
            {
                rules.Add("File", $"{row.Line}行目: 圏域の構成団体は、最初に中心市の団体コードを入れてください。");
            }
        }
        rules.ThrowIfInvalid();
        db.Arrangements.AddRange(created.Values);
        await db.SaveAsync(cancellationToken);
        return created.Count;
    }

    /// <summary>
    /// The registry in the import's columns (what it holds on any day: parties with their first day). The prefecture is
    /// 「県」 in Japanese and its name otherwise; the import reads both.
    /// </summary>
    public async Task<byte[]> ExportCsvAsync(Actor actor, Wording? wording = null, CancellationToken cancellationToken = default)
    {
        wording ??= Wording.Japanese;
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangements = await ArrangementsAsync(db, actor, cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var codes = (await db.Municipalities.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Code.Value);
        var prefecture = wording.IsJapanese ? ArrangementCsv.PrefectureToken
            : await db.Prefectures.Where(p => p.Id == actor.PrefectureId).Select(p => p.Name).SingleAsync(cancellationToken);
        string Token(ArrangementMember m) => m.IsPrefecture ? prefecture
            : m.PartyArrangementId is { } p ? names.Arrangements.GetValueOrDefault(p, "")
            : m.OrganisationId is { } o && codes.TryGetValue(o, out var code) ? code
            : names.Organisations.GetValueOrDefault(m.OrganisationId ?? 0, "");
        return ArrangementCsv.Write(arrangements.OrderBy(a => a.Type).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => (a.Type, a.Name, (IReadOnlyList<string>)a.KindsOfWork,
                (IReadOnlyList<ArrangementCsv.Party>)a.Members.OrderBy(m => m.Id).Select(m => new ArrangementCsv.Party(Token(m), m.Role)).ToList(),
                a.EstablishedOn, a.DissolvedOn, a.Note)), wording);
    }

    /// <summary>
    /// The registry as a workbook for people: the table by type as of today, then every arrangement with its parties by
    /// name and its status today (the CSV keeps codes, for machines and the import).
    /// </summary>
    public async Task<byte[]> ExportXlsxAsync(Actor actor, Wording? wording = null, CancellationToken cancellationToken = default)
    {
        var say = (wording ?? Wording.Japanese).Say;
        var today = JapanDate.Today(clock);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var arrangements = await ArrangementsAsync(db, actor, cancellationToken);
        var summary = await SummaryAsync(db, actor, arrangements, today, cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var registry = new List<IReadOnlyList<object?>> { ArrangementCsv.Columns.Select(c => (object?)say(c.Japanese)).Append(say("状態（本日）")).ToList() };
        registry.AddRange(arrangements.OrderBy(a => a.Type).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a =>
            (IReadOnlyList<object?>)ArrangementCsv.Cells(a.Type, say(a.Type.ToJapanese()), a.Name, a.KindsOfWork,
                    a.Members.OrderBy(m => m.Id).Select(m => new ArrangementCsv.Party(NameOf(m, names), m.Role)).ToList(), a.EstablishedOn, a.DissolvedOn, a.Note)
                .Cast<object?>().Append(say(StatusOn(a, today).ToJapanese())).ToList()));
        var table = new List<IReadOnlyList<object?>>
        {
            new object?[] { say($"方式別の件数（{Wareki.FormatDate(today)}現在）") },
            new object?[] { say("方式"), say("市町村間"), say("県と市町村間（参考）"), say("構成市町村（延べ）"), say("形成準備中"), say("事務の種類") },
        };
        table.AddRange(summary.Rows.Select(r => (IReadOnlyList<object?>)(r.NotEntered
            ? [say(r.Type.ToJapanese()), say("未登録"), null, null, null, ""]
            : new object?[] { say(r.Type.ToJapanese()), r.BetweenMunicipalities, r.WithPrefecture, r.MemberMunicipalities, r.InPreparation, string.Join("、", r.KindsOfWork) })));
        return new XlsxWriter()
            .Add(new XlsxWriter.Sheet(say("方式別の件数"), table, [22, 12, 18, 18, 12, 60], new HashSet<int> { 0, 1 }))
            .Add(new XlsxWriter.Sheet(say("広域連携"), registry, [18, 36, 30, 60, 12, 12, 30, 12], new HashSet<int> { 0 }))
            .ToBytes();
    }

    internal static ArrangementStatus StatusOn(Arrangement a, DateOnly day)
    {
        if (a.DissolvedOn is { } dissolved && dissolved <= day)
        {
            return ArrangementStatus.Dissolved;
        }
        if (a.EstablishedOn is { } established && established > day)
        {
            return ArrangementStatus.InPreparation;
        }
        // A 圏域 works from its vision (共生ビジョン / 都市圏ビジョン); a vision of unknown day counts as made.
        return a.Type.IsArea() && !a.Steps.Any(s => s.Kind == StepKind.Vision && (s.On is null || s.On <= day))
            ? ArrangementStatus.InPreparation
            : ArrangementStatus.Active;
    }

    /// <summary>The roles a type allows come from <see cref="ArrangementRules"/> (the form offers the same list); then a 圏域's one 中心市.</summary>
    private static string? RoleProblem(Arrangement arrangement, MemberInput input) => (arrangement.Type, input.Role) switch
    {
        var (type, role) when !ArrangementRules.RolesFor(type).Contains(role) => type == ArrangementType.Entrustment ? "事務の委託では、委託元か委託先を選んでください。"
            : role is MemberRole.Entruster or MemberRole.Entrustee ? "委託元・委託先は事務の委託にだけ使います。"
            : "中心市は定住自立圏と連携中枢都市圏にだけあります。",
        (_, MemberRole.CentralCity) when arrangement.Members.Any(m => m.Role == MemberRole.CentralCity && m.Until is null) => "この圏域には既に中心市があります。",
        (_, MemberRole.CentralCity) when input.OrganisationId is null => "中心市は市を選んでください。",
        _ => null,
    };

    private static void Apply(Arrangement arrangement, ArrangementInput input)
    {
        var rules = new TextRules();
        arrangement.Name = rules.Required("Name", "名称", input.Name, 200) ?? "";
        arrangement.Note = rules.Optional("Note", "備考", input.Note, 2000);
        if (!Enum.IsDefined(input.Type))
        {
            rules.Add("Type", "方式を選んでください。");
        }
        var kinds = (input.KindsOfWork ?? []).Select(k => k?.Trim() ?? "").Distinct().ToArray();
        if (kinds.FirstOrDefault(k => !KindsOfWork.All.Contains(k)) is { } unknown)
        {
            rules.Add("KindsOfWork", $"事務の種類「{unknown}」は一覧にありません。");
        }
        if (input is { EstablishedOn: { } from, DissolvedOn: { } to } && to <= from)
        {
            rules.Add("DissolvedOn", "解散日は設立日より後にしてください。");
        }
        rules.ThrowIfInvalid();
        arrangement.Type = input.Type;
        arrangement.KindsOfWork = kinds.OrderBy(IndexOfKind).ToArray();
        arrangement.EstablishedOn = input.EstablishedOn;
        arrangement.DissolvedOn = input.DissolvedOn;
    }

    private static int IndexOfKind(string kind) => KindsOfWork.Position(kind);

    private DateOnly Day(DateOnly? asOf)
    {
        if (asOf is { } day)
        {
            if (!SaneDates.Contains(day))
            {
                throw new ValidationException("asOf", SaneDates.Message);
            }
            return day;
        }
        return JapanDate.Today(clock);
    }

    private static ArrangementListItem ListItem(Arrangement a, DateOnly day, Names names, HashSet<int> municipalities)
    {
        var members = a.Members.Where(m => m.IsMemberOn(day)).OrderBy(m => m.Role == MemberRole.CentralCity ? 0 : 1).ThenBy(m => m.Id).ToList();
        var centre = members.FirstOrDefault(m => m.Role == MemberRole.CentralCity);
        return new ArrangementListItem(a.Id, a.Type, a.Name, a.KindsOfWork, members.Select(m => NameOf(m, names)).ToList(),
            MunicipalitiesOn(a, day, municipalities).Count(), members.Any(m => m.IsPrefecture), a.EstablishedOn, a.DissolvedOn, StatusOn(a, day),
            centre is null ? null : NameOf(centre, names));
    }

    private static IEnumerable<int> MunicipalitiesOn(Arrangement a, DateOnly day, HashSet<int> municipalities) =>
        a.Members.Where(m => m.OrganisationId is { } o && municipalities.Contains(o) && m.IsMemberOn(day)).Select(m => m.OrganisationId!.Value).Distinct();

    private static string NameOf(ArrangementMember m, Names names) =>
        m.IsPrefecture ? names.Prefecture
        : m.PartyArrangementId is { } p ? names.Arrangements.GetValueOrDefault(p, "")
        : names.Organisations.GetValueOrDefault(m.OrganisationId ?? 0, "");

    private sealed record Names(string Prefecture, Dictionary<int, string> Organisations, Dictionary<int, string> Arrangements);

    private static async Task<Names> NamesAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) => new(
        await db.Prefectures.Where(p => p.Id == actor.PrefectureId).Select(p => p.Name).SingleAsync(cancellationToken),
        await db.Organisations.AsNoTracking().Where(o => o.PrefectureId == actor.PrefectureId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
        await db.Arrangements.AsNoTracking().Where(a => a.PrefectureId == actor.PrefectureId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken));

    private static Task<List<Arrangement>> ArrangementsAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        db.Arrangements.AsNoTracking().AsSplitQuery().Include(a => a.Members).Include(a => a.Steps)
            .Where(a => a.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken);

    private static async Task<HashSet<int>> MunicipalityIdsAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        (await db.Municipalities.Where(m => m.PrefectureId == actor.PrefectureId).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();

    private static Task<Arrangement> FindAsync(RenkeiDbContext db, Actor actor, int id, CancellationToken cancellationToken) =>
        ArrangementAccess.FindAsync(db.Arrangements, actor, id, cancellationToken);
}
