using Renkei.Core.Arrangements;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Arrangements;

public class ArrangementDocumentTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_keeper_links_documents_by_web_address_and_others_read_them()
    {
        var arrangements = database.Get<ArrangementService>();
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var area = (await arrangements.ListAsync(tsuruoka, new ArrangementFilter(Type: ArrangementType.SettlementArea))).Single(a => a.Name == "庄内南部定住自立圏").Id;

        await Assert.ThrowsAsync<ForbiddenException>(() => arrangements.AddDocumentAsync(tsuruoka, area, "協定書", "https://www.city.tsuruoka.lg.jp/"));
        var bad = await Assert.ThrowsAsync<ValidationException>(() => arrangements.AddDocumentAsync(shonai, area, "", "javascript:alert(1)"));
        Assert.Equal(["Title", "Url"], bad.Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<ValidationException>(() => arrangements.AddDocumentAsync(shonai, area, "協定書", null));
        var id = await arrangements.AddDocumentAsync(shonai, area, "第2次庄内南部定住自立圏共生ビジョン", "https://www.city.tsuruoka.lg.jp/shisei/");

        var link = Assert.Single((await arrangements.GetAsync(tsuruoka, area)).Documents);
        Assert.Equal(("第2次庄内南部定住自立圏共生ビジョン", "https://www.city.tsuruoka.lg.jp/shisei/"), (link.Title, link.Url));
        await Assert.ThrowsAsync<ForbiddenException>(() => arrangements.RemoveDocumentAsync(tsuruoka, id));
        await arrangements.RemoveDocumentAsync(shonai, id);
        Assert.Empty((await arrangements.GetAsync(tsuruoka, area)).Documents);
    }
}
