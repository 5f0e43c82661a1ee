using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Data.Seed;
using Renkei.Core.Indicators;
using Renkei.Testing;

namespace Renkei.Core.Tests.Indicators;

public class IndicatorServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private IndicatorService Indicators => database.Get<IndicatorService>();

    private async Task<int> KenkoFukushiAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Departments.Where(d => d.Name == "健康福祉部 健康福祉企画課").Select(d => d.Id).SingleAsync();
    }

    [Fact]
    public async Task The_seeds_table_is_there_with_its_targets_and_the_policy_milestone_reached()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var all = await Indicators.ListAsync(city);
        Assert.Equal(13, all.Count);
        var volunteers = all.Single(i => i.Name == "除雪及び雪下ろしボランティアの登録数");
        Assert.Equal((516m, 2015, 900m, 2020), (volunteers.BaselineValue!.Value, volunteers.BaselineYear!.Value, volunteers.FinalTargetValue!.Value, volunteers.FinalTargetYear!.Value));
        Assert.Equal([660m, 740m, 820m, 900m], (await Indicators.GetAsync(city, volunteers.Id)).Targets.Select(t => t.Value));
        Assert.Equal((YearKind.CalendarYear, -3_639m), all.Where(i => i.Name.StartsWith("県外からの転入者数", StringComparison.Ordinal)).Select(i => (i.YearKind, i.BaselineValue!.Value)).Single());
        Assert.Equal(IndicatorDirection.LowerIsBetter, all.Single(i => i.Name == "雪害による死亡者数").Direction);
        Assert.Equal(ProgressStatus.TargetAchieved, all.Single(i => i.Name == DemoIndicatorSeeder.PolicyIndicator).Progress.Status);
        // No actuals in the seed (the other tests of this class enter some for these two).
        Assert.All(all.Where(i => i.Kind != IndicatorKind.Milestone && i.Name is not ("除雪及び雪下ろしボランティアの登録数" or "地域づくり専門アドバイザーの派遣箇所数")),
            i => Assert.Equal(ProgressStatus.NoData, i.Progress.Status));
    }

    [Fact]
    public async Task A_departments_actual_counts_only_once_the_secretariat_approves_it()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var volunteers = (await Indicators.ListAsync(secretariat)).Single(i => i.Name == "除雪及び雪下ろしボランティアの登録数");
        var shown = await Indicators.GetAsync(secretariat, volunteers.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => Indicators.SubmitAsync(department, volunteers.Id, new ValueInput(2017, 560, "県土整備部調べ", null)));

        await Indicators.UpdateAsync(secretariat, volunteers.Id, Input(shown, await KenkoFukushiAsync()), shown.Version);
        var valueId = await Indicators.SubmitAsync(department, volunteers.Id, new ValueInput(2017, 560, "県土整備部調べ（平成30年3月末）", new DateOnly(2018, 3, 31)));
        Assert.Equal(ProgressStatus.NoData, (await Indicators.GetAsync(department, volunteers.Id)).Progress.Status); // not yet approved

        var pending = Assert.Single((await Indicators.GetAsync(secretariat, volunteers.Id)).Values);
        Assert.True(pending.CanReview);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Indicators.ReturnAsync(secretariat, valueId, " ", pending.Version));
        Assert.Contains("差戻しの理由を入力してください。", refused.Message);
        await Indicators.ApproveAsync(secretariat, valueId, pending.Version);

        var approved = await Indicators.GetAsync(department, volunteers.Id);
        Assert.Equal((ProgressStatus.Limited, 560m), (approved.Progress.Status, approved.Progress.LatestValue!.Value));
        Assert.Contains(await Indicators.BehindTargetAsync(secretariat), i => i.Id == volunteers.Id);
        Assert.True((await database.Get<Core.Dashboard.FiscalYearDashboardService>().GetAsync(secretariat, 2017)).IndicatorsBehind >= 1);
        await Assert.ThrowsAsync<ConflictException>(() => Indicators.ApproveAsync(secretariat, valueId, pending.Version)); // shown before the approval
    }

    [Fact]
    public async Task A_second_actual_of_the_same_year_is_refused_and_a_milestone_takes_0_or_1()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var all = await Indicators.ListAsync(secretariat);
        var advisers = all.Single(i => i.Name == "地域づくり専門アドバイザーの派遣箇所数").Id;
        await Indicators.SubmitAsync(secretariat, advisers, new ValueInput(2017, 12, "企画振興部調べ", null));
        var twice = await Assert.ThrowsAsync<ValidationException>(() => Indicators.SubmitAsync(secretariat, advisers, new ValueInput(2017, 13, "企画振興部調べ", null)));
        Assert.Contains("2017年の実績は既に入力されています", twice.Message);
        var policy = all.Single(i => i.Name == DemoIndicatorSeeder.PolicyIndicator).Id;
        var milestone = await Assert.ThrowsAsync<ValidationException>(() => Indicators.SubmitAsync(secretariat, policy, new ValueInput(2018, 2, "x", null)));
        Assert.Equal("達成したときは1、まだのときは0を入力してください。", Assert.Single(milestone.Errors["Value"]));
    }

    [Fact]
    public async Task Another_prefecture_neither_lists_nor_opens_yamagatas_indicators()
    {
        var yamagata = await database.ActorAsync(DemoAccounts.Secretariat);
        var hokkaido = await database.ActorAsync(DemoAccounts.HokkaidoSecretariat);
        var id = (await Indicators.ListAsync(yamagata))[0].Id;
        Assert.Empty(await Indicators.ListAsync(hokkaido));
        await Assert.ThrowsAsync<NotFoundException>(() => Indicators.GetAsync(hokkaido, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Indicators.SubmitAsync(hokkaido, id, new ValueInput(2017, 1, "x", null)));
    }

    private static IndicatorInput Input(IndicatorView v, int owner) => IndicatorInput.Of(v) with { OwnerDepartmentId = owner };
}
