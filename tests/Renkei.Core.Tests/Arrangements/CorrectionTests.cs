using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Arrangements;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Arrangements;

public class CorrectionTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CorrectionService Corrections => database.Get<CorrectionService>();

    private async Task<int> AreaAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Arrangements.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    [Fact]
    public async Task A_member_municipality_asks_and_the_keeper_declines_with_a_reason_or_accepts()
    {
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var area = await AreaAsync("庄内南部定住自立圏");

        await Assert.ThrowsAsync<ForbiddenException>(() => Corrections.RequestAsync(city, area, "山形市は参加していない")); // not a party
        await Assert.ThrowsAsync<ValidationException>(() => Corrections.RequestAsync(tsuruoka, area, " "));
        Assert.True((await Corrections.ForArrangementAsync(tsuruoka, area)).CanRequest);
        Assert.False((await Corrections.ForArrangementAsync(city, area)).CanRequest);
        var first = await Corrections.RequestAsync(tsuruoka, area, "中心市宣言は2008年7月です（鶴岡市告示）。");
        var second = await Corrections.RequestAsync(tsuruoka, area, "三川町の協定締結日が未入力です。");

        Assert.Empty((await Corrections.ForArrangementAsync(city, area)).Items); // another municipality sees none
        Assert.Empty(await Corrections.ListAsync(murayama)); // not 村山's to keep
        var queue = await Corrections.ListAsync(shonai);
        Assert.Equal([second, first], queue.Where(c => c.ArrangementId == area).Select(c => c.Id));
        Assert.All(queue, c => Assert.True(c.CanDecide));
        await Assert.ThrowsAsync<ForbiddenException>(() => Corrections.AcceptAsync(murayama, first, null, queue.Single(c => c.Id == first).Version));

        var version = queue.Single(c => c.Id == first).Version;
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => Corrections.DeclineAsync(shonai, first, "", version));
        Assert.Contains("Reply", noReason.Errors.Keys);
        await Corrections.DeclineAsync(shonai, first, "告示の日付を確認できる資料をお送りください。", version);
        await Assert.ThrowsAsync<ConflictException>(() => Corrections.AcceptAsync(shonai, first, null, version)); // stale: answered already
        await Corrections.AcceptAsync(shonai, second, "2013年3月の協定日を入力しました。", queue.Single(c => c.Id == second).Version);

        var mine = await Corrections.ForArrangementAsync(tsuruoka, area);
        Assert.Equal([(CorrectionState.Accepted, "2013年3月の協定日を入力しました。"), (CorrectionState.Declined, "告示の日付を確認できる資料をお送りください。")],
            mine.Items.OrderByDescending(c => c.State == CorrectionState.Accepted).Select(c => (c.State, c.Reply!)));
        Assert.All(mine.Items, c => Assert.False(c.CanDecide));
        Assert.Empty(await Corrections.ListAsync(shonai)); // the open queue is empty again
    }

    [Fact]
    public async Task The_workbook_has_the_table_by_type_and_every_arrangement_with_its_parties_by_name()
    {
        var bytes = await database.Get<ArrangementService>().ExportXlsxAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["方式別の件数", "広域連携"], workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));
        var text = string.Join("|", workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(c => c.InnerText));
        Assert.Contains("未登録", text); // types with nothing entered say so, not 0
        Assert.Contains("鶴岡市、三川町、庄内町", text); // 中心市 first, names rather than codes
        Assert.Contains("形成準備中", text); // 置賜
    }
}
