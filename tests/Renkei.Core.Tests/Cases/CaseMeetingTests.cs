using Microsoft.EntityFrameworkCore;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

public class CaseMeetingTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_case_links_to_a_meeting_with_a_showcase_item_and_the_meeting_lists_it()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2031);
        await using var db = database.CreateDbContext();
        var meetings = await db.Meetings.Where(m => m.FiscalYear == 2031).OrderBy(m => m.Id).Select(m => m.Id).Take(2).ToListAsync();
        await database.Get<AgendaService>().AddAsync(secretariat, meetings[0], new AgendaItemInput(AgendaItemKind.CaseShowcase, "先進事例の紹介", null, null));
        var cases = database.Get<CaseService>();

        var offered = await cases.ShowcaseMeetingsAsync(city);
        var link = Assert.Single(offered, m => m.Id == meetings[0]);
        Assert.StartsWith("令和13年度 (2031) ", link.Name);
        Assert.DoesNotContain(offered, m => m.Id == meetings[1]); // no 事例紹介 on its agenda

        var id = await database.ApprovedCaseAsync(city, CaseFixtures.Input("会議で紹介した事例", [city.OrganisationId]) with { MeetingId = meetings[0] }, Visibility.Internal);
        Assert.Equal(meetings[0], (await cases.GetAsync(city, id)).Meeting!.Id);
        Assert.Equal([id], (await database.Get<CaseLibrary>().ShownAtAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), meetings[0])).Select(c => c.Id));
    }
}
