using Renkei.Core.Common;
using Renkei.Core.Grants;
using Renkei.Testing;

namespace Renkei.Core.Tests.Grants;

/// <summary>The program's rules on the life of a grant, each refused with a Japanese message naming the limit.</summary>
public class GrantLifeTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private GrantWorld World => new(database);

    private Task<uint> GrantVersion(int id) => database.VersionAsync<Grant>(id);

    [Fact]
    public async Task An_award_above_the_cap_per_member_is_refused_under_the_equal_rule()
    {
        var (_, area) = await World.AreaAsync("均等配分の事業");
        var engaru = await database.ActorAsync(DemoAccounts.EngaruTown);
        var grant = await World.Grants.ApplyAsync(engaru, area, await World.ApplicationAsync(2015, 4_000_000));
        var secretariat = await World.SecretariatAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 5_000_001, 4_000_000, 4_000_000), await GrantVersion(grant)));
        Assert.Contains("遠軽町の交付決定額 5,000,001円は上限（1市町村あたり 5,000,000円）を超えています。", refused.Message);

        await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 5_000_000, 4_000_000, 4_000_000), await GrantVersion(grant));
        var view = await World.Grants.GetAsync(engaru, grant);
        Assert.Equal((GrantState.Awarded, 13_000_000L, 12_000_000L), (view.State, view.AmountAwarded!.Value, view.AmountAppliedFor));
    }

    [Fact]
    public async Task The_flexible_rule_lets_the_secretariat_municipality_take_more_within_the_area_total()
    {
        var (_, area) = await World.AreaAsync("柔軟配分の事業", allocation: AllocationRule.FlexibleWithinTotal);
        var secretariat = await World.SecretariatAsync();
        var grant = await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2015));

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 7_000_000, 5_000_000, 3_000_001), await GrantVersion(grant)));
        Assert.Contains("交付決定額の合計 15,000,001円は連携地域の上限（3市町村 × 5,000,000円 = 15,000,000円）を超えています。", refused.Message);

        await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 7_000_000, 5_000_000, 3_000_000), await GrantVersion(grant));
        var shares = (await World.Grants.GetAsync(secretariat, grant)).Shares;
        Assert.Equal((7_000_000L, 5_000_000L, 3_000_000L), (shares.Single(s => s.Name == "遠軽町").AmountAwarded!.Value,
            shares.Single(s => s.Name == "佐呂間町").AmountAwarded!.Value, shares.Single(s => s.Name == "湧別町").AmountAwarded!.Value));
    }

    [Fact]
    public async Task No_grant_beyond_the_third_fiscal_year_of_the_area_or_after_the_program_ends()
    {
        var (_, area) = await World.AreaAsync("三か年の事業");
        var secretariat = await World.SecretariatAsync();
        await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2017));

        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2018)));
        Assert.Contains("支援期間は申請年度を含めて最大3か年です。三か年の事業の地域への交付は平成29年度 (2017)までです。", refused.Message);

        var (_, late) = await World.AreaAsync("最終年度の事業", start: 2017);
        await World.Grants.ApplyAsync(secretariat, late, await World.ApplicationAsync(2019));
        var ended = await Assert.ThrowsAsync<ValidationException>(async () => await World.Grants.ApplyAsync(secretariat, late, await World.ApplicationAsync(2014)));
        Assert.Contains("開始年度の平成29年度 (2017)からです", ended.Message);
    }

    [Fact]
    public async Task No_new_area_after_the_last_year_of_adoption()
    {
        var secretariat = await World.SecretariatAsync();
        var program = await World.Programs.CreateAsync(secretariat, GrantWorld.Program("採択期限の事業"));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => World.Areas.CreateAsync(secretariat, program,
            new AreaInput("遅れた地域", 2018, 3, null, null, null, null, null, null, null, null, null)));
        Assert.Equal("新規採択は平成29年度 (2017)が最終年度です。平成30年度 (2018)に始まる連携地域は採択できません。", Assert.Single(refused.Errors["StartFiscalYear"]));
        await World.Areas.CreateAsync(secretariat, program, new AreaInput("間に合った地域", 2017, 3, null, null, null, null, null, null, null, null, null));
    }

    [Fact]
    public async Task No_disbursement_above_the_award_and_the_unused_part_is_returned_after_the_report()
    {
        var (_, area) = await World.AreaAsync("交付の事業");
        var secretariat = await World.SecretariatAsync();
        var engaru = await database.ActorAsync(DemoAccounts.EngaruTown);
        var grant = await World.Grants.ApplyAsync(engaru, area, await World.ApplicationAsync(2016));
        await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2016, 5_000_000, 4_000_000, 3_000_000), await GrantVersion(grant));
        var saroma = await World.MunicipalityAsync(GrantWorld.Saroma);
        await World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(saroma, new DateOnly(2016, 7, 1), 3_000_000), await GrantVersion(grant));

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(saroma, new DateOnly(2016, 9, 1), 1_000_001), await GrantVersion(grant)));
        Assert.Equal("佐呂間町への交付額の合計 4,000,001円が交付決定額 4,000,000円を超えます（交付済 3,000,000円、残り 1,000,000円）。", Assert.Single(refused.Errors["Amount"]));
        await World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(saroma, new DateOnly(2016, 9, 1), 1_000_000), await GrantVersion(grant));
        foreach (var (code, amount) in new[] { (GrantWorld.Engaru, 5_000_000L), (GrantWorld.Yubetsu, 3_000_000L) })
        {
            await World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(await World.MunicipalityAsync(code), new DateOnly(2016, 7, 1), amount), await GrantVersion(grant));
        }

        var view = await World.Grants.GetAsync(engaru, grant);
        Assert.True(view.CanReport);
        var used = new ShareAmount[] { new(await World.MunicipalityAsync(GrantWorld.Engaru), 5_000_000), new(saroma, 4_000_001), new(await World.MunicipalityAsync(GrantWorld.Yubetsu), 2_500_000) };
        var overUsed = await Assert.ThrowsAsync<ValidationException>(() => World.Grants.ReportAsync(engaru, grant,
            new ReportInput(new DateOnly(2017, 4, 5), "報告", [], used), view.Version));
        Assert.Contains("佐呂間町の使用額 4,000,001円が交付額 4,000,000円を超えています。", overUsed.Message);

        used[1] = new(saroma, 4_000_000);
        await World.Grants.ReportAsync(engaru, grant, new ReportInput(new DateOnly(2017, 4, 5), "広域観光ルートを2本開発した。",
            [new(view.Projects[0].Id, "ルート2本、参加者 320人", 8_500_000)], used), view.Version);
        var reported = await World.Grants.GetAsync(secretariat, grant);
        Assert.Equal((GrantState.Reported, 11_500_000L, 500_000L), (reported.State, reported.AmountUsed!.Value, reported.AmountReturned!.Value));
        Assert.Equal("ルート2本、参加者 320人", reported.Projects[0].Result);
        Assert.False(reported.CanDisburse);

        // The fiscal-year dashboard counts the year's decided and used amounts (this class's only grant of FY2016).
        var board = await database.Get<Core.Dashboard.FiscalYearDashboardService>().GetAsync(secretariat, 2016);
        Assert.Equal((12_000_000L, 11_500_000L), (board.GrantsAwarded, board.GrantsUsed));
    }

    [Fact]
    public async Task A_member_named_twice_in_an_award_is_told_not_crashed_on()
    {
        var (_, area) = await World.AreaAsync("重複の事業");
        var secretariat = await World.SecretariatAsync();
        var grant = await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2015));
        var engaru = await World.MunicipalityAsync(GrantWorld.Engaru);
        var award = (await World.AwardAsync(2015, 1, 1, 1)) with { Shares = [new(engaru, 1), new(engaru, 2)] };
        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await World.Grants.DecideAsync(secretariat, grant, award, await GrantVersion(grant)));
        Assert.Equal("同じ市町村の交付決定額が2回入力されています。", Assert.Single(refused.Errors["Shares"]));
    }

    [Fact]
    public async Task The_report_falls_due_after_the_fiscal_year()
    {
        var (_, area) = await World.AreaAsync("報告期限の事業");
        var secretariat = await World.SecretariatAsync();
        var grant = await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2015));
        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 1, 1, 1, due: new DateOnly(2016, 3, 31)), await GrantVersion(grant)));
        Assert.Equal("実績報告の期限は交付年度の末日（2016年3月31日）より後の日にしてください。", Assert.Single(refused.Errors["ReportDueOn"]));
    }

    [Fact]
    public async Task Only_the_areas_secretariat_municipality_of_the_year_applies_and_other_municipalities_do_not_see_the_area()
    {
        var (_, area) = await World.AreaAsync("権限の事業");
        var secretariat = await World.SecretariatAsync();
        var saromaStaff = secretariat with { OrganisationId = await World.MunicipalityAsync(GrantWorld.Saroma), OrganisationType = Core.Organisations.OrganisationType.Municipality, Role = Core.Accounts.Roles.MunicipalStaff };
        await Assert.ThrowsAsync<ForbiddenException>(async () => await World.Grants.ApplyAsync(saromaStaff, area, await World.ApplicationAsync(2015)));
        Assert.Empty((await World.Areas.GetAsync(saromaStaff, area)).ApplicableFiscalYears); // a member reads its area

        var monbetsuStaff = saromaStaff with { OrganisationId = await World.MunicipalityAsync(GrantWorld.Monbetsu) };
        await Assert.ThrowsAsync<NotFoundException>(() => World.Areas.GetAsync(monbetsuStaff, area));

        var engaru = await database.ActorAsync(DemoAccounts.EngaruTown);
        Assert.Equal([2015, 2016, 2017], (await World.Areas.GetAsync(engaru, area)).ApplicableFiscalYears);
        var yamagata = await database.ActorAsync(DemoAccounts.Secretariat);
        await Assert.ThrowsAsync<NotFoundException>(() => World.Areas.GetAsync(yamagata, area)); // another prefecture
        Assert.DoesNotContain(await database.Get<GrantProgramService>().ListAsync(yamagata), p => p.Name == "権限の事業");
    }

    [Fact]
    public async Task A_decision_on_a_grant_shown_before_a_payment_is_a_conflict()
    {
        var (_, area) = await World.AreaAsync("競合の事業");
        var secretariat = await World.SecretariatAsync();
        var grant = await World.Grants.ApplyAsync(secretariat, area, await World.ApplicationAsync(2015));
        await World.Grants.DecideAsync(secretariat, grant, await World.AwardAsync(2015, 1_000_000, 1_000_000, 1_000_000), await GrantVersion(grant));
        var shown = await GrantVersion(grant);
        var engaru = await World.MunicipalityAsync(GrantWorld.Engaru);
        await World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(engaru, new DateOnly(2015, 7, 1), 300_000), shown);
        await Assert.ThrowsAsync<ConflictException>(() => // a colleague's payment, shown the same grant: its rule on the total was checked on a stale total
            World.Grants.DisburseAsync(secretariat, grant, new DisbursementInput(engaru, new DateOnly(2015, 7, 1), 300_000), shown));
        Assert.Equal(300_000, (await World.Grants.GetAsync(secretariat, grant)).AmountDisbursed);
    }
}
