using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class AgendaTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private AgendaService Agenda => database.Get<AgendaService>();

    /// <summary>A 全県 candidate from one unclaimed need; with or without a deployment method.</summary>
    private async Task<int> CandidateAsync(Actor secretariat, string title, bool withMethod = true)
    {
        var need = (await database.Get<TriageService>().ListAsync(secretariat, new TriageFilter(State: TriageState.Unreviewed))).First();
        var themes = database.Get<ThemeService>();
        var id = await themes.CreateFromNeedsAsync(secretariat, new NewThemeInput(title, null, [need.ItemId]));
        if (withMethod)
        {
            var t = await themes.GetAsync(secretariat, id);
            await themes.UpdateAsync(secretariat, id, new ThemeInput(t.Title, null, DeploymentMethod.Coordination, [], null, [.. t.Participants.Select(p => p.Id)], null, null), t.Version);
        }
        return id;
    }

    /// <summary>The first council meeting of a generated year, dated.</summary>
    private async Task<MeetingView> FirstCouncilAsync(Actor secretariat, int year)
    {
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meetings = database.Get<MeetingService>();
        var first = (await meetings.ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.Council && m.Number == 1);
        await meetings.UpdateAsync(secretariat, first.Id, new MeetingInput(first.Title, new DateTimeOffset(year, 7, 20, 14, 0, 0, TimeSpan.FromHours(9)), "県庁 講堂", false, null), first.Version);
        return await meetings.GetAsync(secretariat, first.Id);
    }

    /// <summary>Fixes the agenda, then marks it held on the afternoon of its day.</summary>
    private async Task HoldAsync(Actor secretariat, int meetingId)
    {
        await Agenda.AdvanceAsync(secretariat, meetingId, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meetingId));
        var startsAt = (await database.Get<MeetingService>().GetAsync(secretariat, meetingId)).StartsAt!.Value;
        database.Clock.SetUtcNow(startsAt.AddHours(2));
        try
        {
            await Agenda.AdvanceAsync(secretariat, meetingId, MeetingState.Held, await database.VersionAsync<Meeting>(meetingId));
        }
        finally
        {
            database.Clock.Reset();
        }
    }

    [Fact]
    public async Task A_meeting_in_person_is_held_on_its_day_and_not_before()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var meeting = await FirstCouncilAsync(secretariat, 2037); // 2037-07-20 14:00
        await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "報告", null, null));
        await Agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meeting.Id));
        try
        {
            database.Clock.SetUtcNow(new DateTimeOffset(2037, 7, 19, 23, 30, 0, TimeSpan.FromHours(9)));
            var early = await Assert.ThrowsAsync<ConflictException>(async () => await Agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.Held, await database.VersionAsync<Meeting>(meeting.Id)));
            Assert.Equal("開催日（2037年7月20日）より前に開催済にはできません。", early.Message);
            Assert.Equal(MeetingState.AgendaFixed, (await database.Get<MeetingService>().GetAsync(secretariat, meeting.Id)).State);

            database.Clock.SetUtcNow(new DateTimeOffset(2037, 7, 20, 0, 10, 0, TimeSpan.FromHours(9))); // its day in Japan, still the 19th in UTC
            await Agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.Held, await database.VersionAsync<Meeting>(meeting.Id));
            Assert.Equal(MeetingState.Held, (await database.Get<MeetingService>().GetAsync(secretariat, meeting.Id)).State);
        }
        finally
        {
            database.Clock.Reset();
        }
    }

    [Fact]
    public async Task A_council_meeting_dated_before_its_secretaries_meeting_is_kept_only_with_a_reason()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2038);
        var meetings = database.Get<MeetingService>();
        MeetingView Second(IReadOnlyList<MeetingView> all, BodyKind kind) => all.Single(m => m.BodyKind == kind && m.Number == 2);
        var all = await meetings.ListAsync(secretariat, 2038);
        var secretaries = Second(all, BodyKind.SteeringCommittee);
        var council = Second(all, BodyKind.Council);
        static DateTimeOffset At(int month, int day) => new(2039, month, day, 10, 0, 0, TimeSpan.FromHours(9));
        var secretariesVersion = await meetings.UpdateAsync(secretariat, secretaries.Id, new MeetingInput(secretaries.Title, At(2, 20), "県庁 502会議室", false, null), secretaries.Version);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            meetings.UpdateAsync(secretariat, council.Id, new MeetingInput(council.Title, At(2, 10), "県庁 講堂", false, null), council.Version));
        Assert.Equal(["第2回幹事会（2月20日）より前の日付です。幹事会は連携推進会議の前に開く方針のため、この日程とする理由を入力してください。"], refused.Errors["OrderReason"]);
        Assert.Null((await meetings.GetAsync(secretariat, council.Id)).StartsAt); // nothing saved

        var councilVersion = await meetings.UpdateAsync(secretariat, council.Id,
            new MeetingInput(council.Title, At(2, 10), "県庁 講堂", false, null, "知事の日程により前倒し"), council.Version);
        Assert.Equal("知事の日程により前倒し", (await meetings.GetAsync(secretariat, council.Id)).OrderReason);

        // Moving the 幹事会 after the council is asked for a reason on the 幹事会; moving it before puts them in order and drops the reason.
        var later = await Assert.ThrowsAsync<ValidationException>(() =>
            meetings.UpdateAsync(secretariat, secretaries.Id, new MeetingInput(secretaries.Title, At(2, 24), "県庁 502会議室", false, null), secretariesVersion));
        Assert.StartsWith("第2回連携推進会議", later.Errors["OrderReason"].Single());
        Assert.Contains("（2月10日）より後の日付です。", later.Errors["OrderReason"].Single());
        await meetings.UpdateAsync(secretariat, secretaries.Id, new MeetingInput(secretaries.Title, At(2, 3), "県庁 502会議室", false, null), secretariesVersion);
        Assert.Null((await meetings.GetAsync(secretariat, council.Id)).OrderReason);
        Assert.NotEqual(councilVersion, (await meetings.GetAsync(secretariat, council.Id)).Version);
    }

    [Fact]
    public async Task A_confidential_candidate_is_offered_to_the_council_without_its_title_and_no_item_may_name_it()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var secret = await CandidateAsync(secretariat, "庁舎統合に向けた非公開協議");
        var themes = database.Get<ThemeService>();
        var t = await themes.GetAsync(secretariat, secret);
        await themes.UpdateAsync(secretariat, secret, new ThemeInput(t.Title, null, DeploymentMethod.Coordination, [], null, [.. t.Participants.Select(p => p.Id)], null, null,
            Visibility: Visibility.Confidential), t.Version);
        var meeting = await FirstCouncilAsync(secretariat, 2044);

        var offered = Assert.Single(await Agenda.SuggestAsync(secretariat, meeting.Id), s => s.ThemeId == secret);
        Assert.Equal("部外秘の新たな連携テーマについて", offered.Title);
        var named = await Assert.ThrowsAsync<ValidationException>(() =>
            Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "「庁舎統合に向けた非公開協議」の協議", null, [secret])));
        Assert.Contains("部外秘のテーマの題名", named.Errors["Title"].Single());
        await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(offered.Kind, offered.Title, offered.PresenterOrganisationId, [secret]));
        Assert.DoesNotContain(await Agenda.ListAsync(secretariat, meeting.Id), i => i.Title.Contains("庁舎統合", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_council_meeting_is_offered_the_candidates_and_its_minutes_decide_them()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var keep = await CandidateAsync(secretariat, "広域観光ルートの造成");
        var drop = await CandidateAsync(secretariat, "公共施設の相互利用");
        var meeting = await FirstCouncilAsync(secretariat, 2033);

        var suggestions = await Agenda.SuggestAsync(secretariat, meeting.Id);
        Assert.Contains(suggestions, s => s.ThemeId == keep && s.Kind == AgendaItemKind.Deliberation);
        Assert.Contains(suggestions, s => s.Kind == AgendaItemKind.CaseShowcase && s.Title.Contains("個人住民税の共同催告")); // a finished demo theme
        var first = suggestions.Single(s => s.ThemeId == keep);
        var second = suggestions.Single(s => s.ThemeId == drop);
        var a = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(first.Kind, first.Title, first.PresenterOrganisationId, [keep]));
        var b = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(second.Kind, second.Title, second.PresenterOrganisationId, [drop]));
        var c = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "ニーズ調査の結果", null, null));
        await Agenda.ReorderAsync(secretariat, meeting.Id, [c, a, b]);
        Assert.Equal([c, a, b], (await Agenda.ListAsync(secretariat, meeting.Id)).Select(i => i.Id));
        Assert.DoesNotContain(await Agenda.SuggestAsync(secretariat, meeting.Id), s => s.ThemeId == keep); // already on the agenda

        await HoldAsync(secretariat, meeting.Id);
        await Assert.ThrowsAsync<ConflictException>(() => Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "追加", null, null)));
        await Agenda.RecordOutcomeAsync(secretariat, meeting.Id, a, AgendaOutcome.ApprovedWithChanges, "対象地域を拡大する", await database.VersionAsync<AgendaItem>(a));
        var missing = await Assert.ThrowsAsync<ValidationException>(async () => await Agenda.ConfirmMinutesAsync(secretariat, meeting.Id, await database.VersionAsync<Meeting>(meeting.Id)));
        Assert.Contains("議題3「新たな連携テーマ「公共施設の相互利用」について」の結果を記録してください", missing.Message);
        await Agenda.RecordOutcomeAsync(secretariat, meeting.Id, b, AgendaOutcome.Rejected, null, await database.VersionAsync<AgendaItem>(b));
        await Agenda.ConfirmMinutesAsync(secretariat, meeting.Id, await database.VersionAsync<Meeting>(meeting.Id));

        var themes = database.Get<ThemeService>();
        var decided = await themes.GetAsync(secretariat, keep);
        Assert.Equal(ThemeState.Decided, decided.State);
        Assert.Equal(new DateOnly(2033, 7, 20), decided.Timeline[^1].DecisionDate);
        Assert.Contains("議題2", decided.Timeline[^1].DecisionText);
        Assert.Contains("修正のうえ承認（対象地域を拡大する）", decided.Timeline[^1].DecisionText);
        Assert.Equal(ThemeState.Deferred, (await themes.GetAsync(secretariat, drop)).State);
        await using var db = database.CreateDbContext();
        var step = await db.ThemeTransitions.SingleAsync(t => t.ThemeId == keep && t.To == ThemeState.Decided);
        Assert.Equal((meeting.Id, a), (step.MeetingId, step.AgendaItemId));
        Assert.Equal(MeetingState.MinutesConfirmed, (await database.Get<MeetingService>().GetAsync(secretariat, meeting.Id)).State);
    }

    [Fact]
    public async Task Confirming_minutes_moves_every_decided_theme_or_none()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var ready = await CandidateAsync(secretariat, "保健師の広域確保");
        var notReady = await CandidateAsync(secretariat, "文化財の保存と活用", withMethod: false);
        var meeting = await FirstCouncilAsync(secretariat, 2034);
        var a = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "保健師の広域確保について", null, [ready]));
        var b = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "文化財の保存と活用について", null, [notReady]));
        await HoldAsync(secretariat, meeting.Id);
        await Agenda.RecordOutcomeAsync(secretariat, meeting.Id, a, AgendaOutcome.Approved, null, await database.VersionAsync<AgendaItem>(a));
        await Agenda.RecordOutcomeAsync(secretariat, meeting.Id, b, AgendaOutcome.Approved, null, await database.VersionAsync<AgendaItem>(b));

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await Agenda.ConfirmMinutesAsync(secretariat, meeting.Id, await database.VersionAsync<Meeting>(meeting.Id)));
        Assert.Contains("「文化財の保存と活用」：決定の前に展開方法を設定してください", refused.Message);
        var themes = database.Get<ThemeService>();
        Assert.Equal(ThemeState.Candidate, (await themes.GetAsync(secretariat, ready)).State); // the first did not move either
        Assert.Equal(MeetingState.Held, (await database.Get<MeetingService>().GetAsync(secretariat, meeting.Id)).State);
    }

    [Fact]
    public async Task Only_the_secretariat_builds_agendas_and_a_meeting_is_held_only_with_a_date_and_an_agenda()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2035);
        var forum = (await database.Get<MeetingService>().ListAsync(secretariat, 2035)).Single(m => m.BodyKind == BodyKind.AdministrativeRoundtable);
        await Assert.ThrowsAsync<ConflictException>(async () => await Agenda.AdvanceAsync(secretariat, forum.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(forum.Id))); // no items
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Agenda.AddAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), forum.Id,
            new AgendaItemInput(AgendaItemKind.Report, "報告", null, null)));
        await Agenda.AddAsync(secretariat, forum.Id, new AgendaItemInput(AgendaItemKind.Report, "検討状況の報告", null, null));
        await Agenda.AdvanceAsync(secretariat, forum.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(forum.Id));
        var undated = await Assert.ThrowsAsync<ConflictException>(async () => await Agenda.AdvanceAsync(secretariat, forum.Id, MeetingState.Held, await database.VersionAsync<Meeting>(forum.Id)));
        Assert.Contains("開催日を設定してから", undated.Message);
        Assert.Contains(await Agenda.SuggestAsync(secretariat, forum.Id), s => s.Kind == AgendaItemKind.Report && s.Title.Contains("離島振興")); // 検討中 demo theme
    }

    [Fact]
    public async Task The_agenda_and_minutes_open_as_word_documents_with_the_items_in_order()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var meeting = await FirstCouncilAsync(secretariat, 2036);
        var a = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "ニーズ調査の結果について", null, null));
        var b = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.CaseShowcase, "個人住民税の共同催告の紹介", null, null));
        await Agenda.ReorderAsync(secretariat, meeting.Id, [b, a]);
        var items = await Agenda.ListAsync(secretariat, meeting.Id);

        static List<string> Paragraphs(byte[] docx)
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
            return document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        }
        var issuer = await database.Get<MeetingService>().IssuerAsync(secretariat);
        Assert.Equal("事務局：企画振興部市町村課", issuer);
        var docx = MeetingDocuments.Agenda(meeting, items, issuer);
        var agenda = Paragraphs(docx);
        Assert.EndsWith("次第", agenda[0]);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            // A4 with Japanese margins, a named Mincho font with its fallback, page numbers and the issuing office in the footer.
            var section = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
            var size = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
            Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
            Assert.Equal(1985, section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!.Top!.Value);
            var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Single();
            Assert.Equal(("游明朝", "游明朝"), (fonts.EastAsia!.Value, fonts.Ascii!.Value));
            Assert.Equal("ＭＳ 明朝", document.MainDocumentPart.FontTablePart!.Fonts!.Descendants<DocumentFormat.OpenXml.Wordprocessing.AltName>().Single().Val!.Value);
            var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
            Assert.Contains(footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
            Assert.Contains("事務局：企画振興部市町村課", footer.InnerText);
        }
        Assert.Equal("日時　令和18年7月20日 (2036) 14:00", agenda[1]);
        Assert.Equal("場所　県庁 講堂", agenda[2]);
        Assert.Equal(["1　個人住民税の共同催告の紹介（事例紹介）", "2　ニーズ調査の結果について（報告）"], agenda.Where(p => p.Length > 1 && char.IsDigit(p[0])));

        var attendance = database.Get<AttendanceService>();
        var before = Paragraphs(MeetingDocuments.Minutes(meeting, items, await attendance.GetAsync(secretariat, meeting.Id)));
        Assert.EndsWith("議事録", before[0]);
        Assert.Equal("構成員（出欠未記録）", before[3]);
        Assert.Contains("山形市（企画担当課長等）", before[4]);
        Assert.Contains("　結果：―", before);

        await Agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meeting.Id));
        var seats = (await attendance.GetAsync(secretariat, meeting.Id)).Seats;
        await attendance.RecordAsync(secretariat, meeting.Id, [new(seats[0].MembershipId, null), new(seats[1].MembershipId, "代理：企画調整課長補佐")]);
        var minutes = Paragraphs(MeetingDocuments.Minutes(meeting, items, await attendance.GetAsync(secretariat, meeting.Id)));
        Assert.Equal("出席者（2名）", minutes[3]);
        Assert.Equal($"{seats[0].OrganisationName}（{seats[0].Post}）、{seats[1].OrganisationName}（{seats[1].Post}・代理：企画調整課長補佐）", minutes[4]);
        Assert.Equal("欠席者（59名）", minutes[5]);
    }

    [Fact]
    public async Task A_step_can_cite_a_held_meeting_whose_item_and_day_become_the_decision()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var theme = await CandidateAsync(secretariat, "移住相談窓口の共同設置");
        var meeting = await FirstCouncilAsync(secretariat, 2052);
        var item = await Agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "移住相談窓口について", null, [theme]));
        var themes = database.Get<ThemeService>();
        var early = await Assert.ThrowsAsync<ValidationException>(async () =>
            await themes.TransitionAsync(secretariat, theme, new TransitionInput(ThemeState.Decided, "会議で決定", DecisionRef: new DecisionRef(meeting.Id, item)) with { Version = await database.VersionAsync<CollaborationTheme>(theme) }));
        Assert.Contains("まだ開催済ではない", early.Message);

        await HoldAsync(secretariat, meeting.Id);
        await Agenda.RecordOutcomeAsync(secretariat, meeting.Id, item, AgendaOutcome.Approved, null, await database.VersionAsync<AgendaItem>(item));
        var foreign = await Assert.ThrowsAsync<ValidationException>(async () =>
            await themes.TransitionAsync(secretariat, theme, new TransitionInput(ThemeState.Decided, "会議で決定", DecisionRef: new DecisionRef(meeting.Id, item + 999)) with { Version = await database.VersionAsync<CollaborationTheme>(theme) }));
        Assert.True(foreign.Errors.ContainsKey("DecisionRef.AgendaItemId"));
        await themes.TransitionAsync(secretariat, theme, new TransitionInput(ThemeState.Decided, "会議で決定", DecisionRef: new DecisionRef(meeting.Id, item)) with { Version = await database.VersionAsync<CollaborationTheme>(theme) });

        var step = (await themes.GetAsync(secretariat, theme)).Timeline.Single(t => t.To == ThemeState.Decided);
        Assert.Equal((ThemeState.Decided, meeting.Id, (int?)item), (step.To, step.MeetingId!.Value, step.AgendaItemId));
        Assert.Equal($"{meeting.Title} 議題1「移住相談窓口について」：承認", step.DecisionText);
        Assert.Equal(new DateOnly(2052, 7, 20), step.DecisionDate);
    }
}
