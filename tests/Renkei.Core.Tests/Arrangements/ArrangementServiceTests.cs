using Microsoft.EntityFrameworkCore;
using Renkei.Core.Arrangements;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Arrangements;

public class ArrangementServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ArrangementService Arrangements => database.Get<ArrangementService>();

    private async Task<int> MunicipalityAsync(string code)
    {
        await using var db = database.CreateDbContext();
        return (await db.Municipalities.ToListAsync()).Single(m => m.Code.Value == code).Id;
    }

    [Fact]
    public async Task The_four_settlement_areas_of_the_policy_are_in_force_on_2017_04_01_and_okitama_is_in_preparation()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var areas = await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2017, 4, 1), ArrangementType.SettlementArea));

        Assert.Equal(
            [("山形定住自立圏", "山形市", 5), ("庄内北部定住自立圏", "酒田市", 4), ("庄内南部定住自立圏", "鶴岡市", 3), ("新庄最上定住自立圏", "新庄市", 8), ("置賜定住自立圏", "", 0)],
            areas.Select(a => (a.Name, a.CentralCity ?? "", a.MunicipalityCount)).OrderBy(a => a.Item1, StringComparer.Ordinal).ToList());
        Assert.Equal(ArrangementStatus.InPreparation, areas.Single(a => a.Name == "置賜定住自立圏").Status); // 中心市宣言 and members came in 2018
        var summary = await Arrangements.SummaryAsync(city, new DateOnly(2017, 4, 1));
        var row = summary.Rows.Single(r => r.Type == ArrangementType.SettlementArea);
        Assert.Equal((4, 20, 1), (row.Arrangements, row.MemberMunicipalities, row.InPreparation)); // 三川町 and 庄内町 count in both 庄内 areas

        var mikawa = await MunicipalityAsync("064262");
        Assert.Equal(["庄内北部定住自立圏", "庄内南部定住自立圏"],
            (await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2017, 4, 1), MunicipalityId: mikawa))).Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Okitama_stays_in_preparation_without_its_vision_and_yamagata_ended_in_2020()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var okitama = (await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2019, 4, 1), ArrangementType.SettlementArea))).Single(a => a.Name == "置賜定住自立圏");
        Assert.Equal((ArrangementStatus.InPreparation, 8), (okitama.Status, okitama.MunicipalityCount));
        var detail = await Arrangements.GetAsync(city, okitama.Id);
        Assert.Equal(7, detail.Steps.Count(s => s.Kind == StepKind.Agreement && s.On == new DateOnly(2018, 6, 29)));
        Assert.DoesNotContain(detail.Steps, s => s.Kind == StepKind.Vision);

        var later = await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2021, 4, 1), ArrangementType.SettlementArea));
        Assert.DoesNotContain(later, a => a.Name == "山形定住自立圏");
        var yamagata = (await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2021, 4, 1), ArrangementType.SettlementArea, IncludeDissolved: true))).Single(a => a.Name == "山形定住自立圏");
        Assert.Equal(ArrangementStatus.Dissolved, yamagata.Status);
        var vision = Assert.Single((await Arrangements.GetAsync(city, yamagata.Id)).Steps, s => s.Kind == StepKind.Vision);
        Assert.True(vision.MonthOnly);
        Assert.Null((await Arrangements.GetAsync(city, yamagata.Id)).Steps.Single(s => s.Kind == StepKind.CentralCityDeclaration).On); // not found: left empty
    }

    [Fact]
    public async Task An_entrustment_is_directed_and_may_have_the_prefecture_or_an_association_as_the_other_party()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var nagai = await MunicipalityAsync("062090");
        var before = (await Arrangements.SummaryAsync(secretariat)).Rows.ToDictionary(r => r.Type, r => r.WithPrefecture);
        var association = await Arrangements.CreateAsync(secretariat, new ArrangementInput(ArrangementType.PartialAffairsAssociation, "置賜広域病院組合", ["病院"], null, null, null));
        await Arrangements.AddMemberAsync(secretariat, association, new MemberInput(null, true, null, MemberRole.Member, null));
        await Arrangements.AddMemberAsync(secretariat, association, new MemberInput(nagai, false, null, MemberRole.Member, null));

        var entrustment = await Arrangements.CreateAsync(secretariat, new ArrangementInput(ArrangementType.Entrustment, "公平委員会事務の委託（長井市）", ["公平委員会"], null, null, null));
        var wrongRole = await Assert.ThrowsAsync<ValidationException>(() => Arrangements.AddMemberAsync(secretariat, entrustment, new MemberInput(nagai, false, null, MemberRole.Member, null)));
        Assert.Contains("委託元か委託先", wrongRole.Errors["Role"][0]);
        await Arrangements.AddMemberAsync(secretariat, entrustment, new MemberInput(nagai, false, null, MemberRole.Entruster, null));
        await Arrangements.AddMemberAsync(secretariat, entrustment, new MemberInput(null, true, null, MemberRole.Entrustee, null));
        var twoParties = await Assert.ThrowsAsync<ValidationException>(() => Arrangements.AddMemberAsync(secretariat, entrustment, new MemberInput(nagai, true, null, MemberRole.Entrustee, null)));
        Assert.True(twoParties.Errors.ContainsKey("OrganisationId"));
        var toAssociation = await Arrangements.CreateAsync(secretariat, new ArrangementInput(ArrangementType.Entrustment, "し尿処理の委託", ["し尿処理"], null, null, null));
        await Arrangements.AddMemberAsync(secretariat, toAssociation, new MemberInput(nagai, false, null, MemberRole.Entruster, null));
        await Arrangements.AddMemberAsync(secretariat, toAssociation, new MemberInput(null, false, association, MemberRole.Entrustee, null));

        var detail = await Arrangements.GetAsync(secretariat, toAssociation);
        Assert.Equal([("長井市", MemberRole.Entruster), ("置賜広域病院組合", MemberRole.Entrustee)], detail.Members.Select(m => (m.Name, m.Role)));
        var summary = await Arrangements.SummaryAsync(secretariat);
        Assert.Equal(before[ArrangementType.PartialAffairsAssociation] + 1, summary.Rows.Single(r => r.Type == ArrangementType.PartialAffairsAssociation).WithPrefecture);
        Assert.Equal(before[ArrangementType.Entrustment] + 1, summary.Rows.Single(r => r.Type == ArrangementType.Entrustment).WithPrefecture);
        await Assert.ThrowsAsync<ValidationException>(() => Arrangements.AddMemberAsync(secretariat, association, new MemberInput(nagai, false, null, MemberRole.CentralCity, null)));
    }

    [Fact]
    public async Task Memberships_are_dated_and_the_registry_answers_as_of_a_day()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var (tendo, higashine) = (await MunicipalityAsync("062103"), await MunicipalityAsync("062111"));
        var council = await Arrangements.CreateAsync(secretariat, new ArrangementInput(ArrangementType.JointCouncil, "下水道共同管理協議会", ["下水道共同管理"], new DateOnly(2010, 4, 1), null, null));
        await Arrangements.AddMemberAsync(secretariat, council, new MemberInput(tendo, false, null, MemberRole.Member, new DateOnly(2010, 4, 1)));
        var leaving = await Arrangements.AddMemberAsync(secretariat, council, new MemberInput(higashine, false, null, MemberRole.Member, new DateOnly(2010, 4, 1)));
        await Arrangements.EndMemberAsync(secretariat, leaving, new DateOnly(2015, 3, 31));
        await Assert.ThrowsAsync<ConflictException>(() => Arrangements.EndMemberAsync(secretariat, leaving, new DateOnly(2016, 3, 31)));

        int CountOn(IReadOnlyList<ArrangementListItem> list) => list.Single(a => a.Id == council).MunicipalityCount;
        Assert.Equal(2, CountOn(await Arrangements.ListAsync(secretariat, new ArrangementFilter(new DateOnly(2015, 3, 31)))));
        Assert.Equal(1, CountOn(await Arrangements.ListAsync(secretariat, new ArrangementFilter(new DateOnly(2015, 4, 1)))));
        Assert.DoesNotContain(await Arrangements.ListAsync(secretariat, new ArrangementFilter(new DateOnly(2009, 4, 1))), a => a.Id == council && a.Status == ArrangementStatus.Active);
        await Assert.ThrowsAsync<ValidationException>(() => Arrangements.ListAsync(secretariat, new ArrangementFilter(new DateOnly(1800, 1, 1))));
    }

    [Fact]
    public async Task The_secretariat_registers_a_support_office_keeps_its_jurisdictions_and_municipalities_read()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await Assert.ThrowsAsync<ForbiddenException>(() => Arrangements.CreateAsync(city, new ArrangementInput(ArrangementType.JointCouncil, "x", [], null, null, null)));
        var shonai = (await Arrangements.ListAsync(city, new ArrangementFilter(Type: ArrangementType.SettlementArea))).Single(a => a.Name == "庄内北部定住自立圏");
        var detail = await Arrangements.GetAsync(murayama, shonai.Id);
        Assert.False(detail.CanEdit);
        await Assert.ThrowsAsync<ForbiddenException>(() => Arrangements.UpdateAsync(murayama, shonai.Id,
            new ArrangementInput(detail.Type, detail.Name + "（変更）", detail.KindsOfWork, detail.EstablishedOn, detail.DissolvedOn, detail.Note), detail.Version));
        var mine = await Arrangements.GetAsync(murayama, (await Arrangements.ListAsync(city, new ArrangementFilter(new DateOnly(2017, 4, 1), ArrangementType.SettlementArea))).Single(a => a.Name == "山形定住自立圏").Id);
        Assert.True(mine.CanEdit);
        var input = new ArrangementInput(mine.Type, mine.Name, ["医療", "産業振興"], mine.EstablishedOn, mine.DissolvedOn, mine.Note);
        await Arrangements.UpdateAsync(murayama, mine.Id, input, mine.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Arrangements.UpdateAsync(murayama, mine.Id, input with { Note = "古い画面からの変更" }, mine.Version));
        var unknownKind = await Assert.ThrowsAsync<ValidationException>(() => Arrangements.UpdateAsync(secretariat, mine.Id, input with { KindsOfWork = ["宇宙開発"] }, 0));
        Assert.Contains("宇宙開発", unknownKind.Errors["KindsOfWork"][0]);
    }

    private static MemoryStream Csv(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task An_import_with_a_bad_line_saves_nothing_and_names_the_line_then_the_fixed_file_goes_in_whole()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        const string header = "方式,名称,事務の種類,構成団体,設立日,解散日,備考\n";
        var bad = header
            + "一部事務組合,取込テスト衛生組合,ごみ処理・し尿処理,062014、062073,1975-04-01,,\n"
            + "事務の委託,取込テスト公平委員会委託,公平委員会,062090,,,\n"      // no 委託元>委託先
            + "協議会,取込テスト協議会,宇宙開発,999999,2018/4/1,,\n";        // unknown kind; code not in the prefecture
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Arrangements.ImportCsvAsync(secretariat, Csv(bad)));
        var messages = refused.Errors["File"];
        Assert.Contains(messages, m => m.StartsWith("3行目:") && m.Contains("委託元>委託先"));
        Assert.Contains(messages, m => m.StartsWith("4行目:") && m.Contains("宇宙開発"));
        Assert.DoesNotContain(await Arrangements.ListAsync(secretariat, new ArrangementFilter(IncludeDissolved: true)), a => a.Name.StartsWith("取込テスト"));

        var good = header
            + "一部事務組合,取込テスト衛生組合,ごみ処理・し尿処理,062014、062073,1975-04-01,,\n"
            + "事務の委託,取込テスト公平委員会委託,公平委員会,062090>県,,,\n"
            + "事務の委託,取込テストし尿処理委託,し尿処理,062103>取込テスト衛生組合,2001-04-01,,組合への委託\n";
        Assert.Equal(3, await Arrangements.ImportCsvAsync(secretariat, Csv(good)));
        var entrustment = (await Arrangements.ListAsync(secretariat)).Single(a => a.Name == "取込テストし尿処理委託");
        Assert.Equal(["天童市", "取込テスト衛生組合"], entrustment.MemberNames);
        var again = await Assert.ThrowsAsync<ValidationException>(() => Arrangements.ImportCsvAsync(secretariat, Csv(good)));
        Assert.Contains("既に登録されています", again.Errors["File"][0]);

        var exported = System.Text.Encoding.UTF8.GetString(await Arrangements.ExportCsvAsync(secretariat));
        Assert.StartsWith("\uFEFF方式,名称", exported);
        Assert.Contains("事務の委託,取込テストし尿処理委託,し尿処理,062103>取込テスト衛生組合,2001-04-01,,組合への委託", exported);
        Assert.Contains(exported.Split("\r\n"), l => l.StartsWith("定住自立圏,置賜定住自立圏,,062022、062090", StringComparison.Ordinal)); // the 中心市 first
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Arrangements.ImportCsvAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), Csv(good)));
    }
}
