using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

/// <summary>A prefecture that starts without a council (a new tenant, or 北海道 in the demo) has its secretariat set one up.</summary>
public class PrefecturalBodyTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CouncilService Council => database.Get<CouncilService>();

    [Fact]
    public async Task The_secretariat_sets_up_its_council_with_every_municipality_and_runs_its_meetings()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.HokkaidoSecretariat);
        var today = Core.Calendar.JapanDate.Today(database.Clock);
        Assert.Empty(await Council.ListBodiesAsync(secretariat, today));

        var id = await Council.SetUpPrefecturalBodyAsync(secretariat, new PrefecturalBodyInput(BodyKind.Council, "道・市町村連携推進会議", "総合政策部長", "企画担当課長等", today));

        List<int> municipalities;
        await using (var db = database.CreateDbContext())
        {
            municipalities = await db.Municipalities.Where(m => m.PrefectureId == secretariat.PrefectureId).Select(m => m.Id).ToListAsync();
        }
        var body = Assert.Single(await Council.ListBodiesAsync(secretariat, today));
        Assert.Equal((id, BodyKind.Council, "総合政策部長", true, (int?)null), (body.Id, body.Kind, body.ChairPost, body.CanEdit, body.OwnerOrganisationId));
        Assert.Equal(municipalities.Order(), body.Members.Select(m => m.OrganisationId).Order());
        Assert.All(body.Members, m => Assert.Equal("企画担当課長等", m.Post));
        Assert.DoesNotContain(await Council.ListBodiesAsync(await database.ActorAsync(DemoAccounts.Secretariat), today), b => b.Id == id);

        // Without a municipal post the body starts empty and its roster is kept as any other.
        var steering = await Council.SetUpPrefecturalBodyAsync(secretariat, new PrefecturalBodyInput(BodyKind.SteeringCommittee, "幹事会", "市町村課長", " ", today));
        Assert.Empty((await Council.ListBodiesAsync(secretariat, today)).Single(b => b.Id == steering).Members);
        await Council.AddMemberAsync(secretariat, steering, municipalities[0], "企画担当課長", today);

        var startsAt = new DateTimeOffset(today.Year, today.Month, today.Day, 10, 0, 0, TimeSpan.FromHours(9)).AddDays(30);
        var meeting = await database.Get<MeetingService>().CreateAsync(secretariat, id, Core.Calendar.FiscalYear.Of(startsAt).StartYear,
            new MeetingInput("第1回道・市町村連携推進会議", startsAt, "道庁 会議室", false, null));
        Assert.True((await database.Get<MeetingService>().GetAsync(secretariat, meeting)).CanManage);
    }

    [Fact]
    public async Task Only_the_secretariat_sets_up_one_body_of_each_prefectural_kind()
    {
        var yamagata = await database.ActorAsync(DemoAccounts.Secretariat);
        var today = Core.Calendar.JapanDate.Today(database.Clock);
        foreach (var email in new[] { DemoAccounts.YamagataCity, DemoAccounts.MurayamaSupport, DemoAccounts.KenkoFukushi })
        {
            await Assert.ThrowsAsync<ForbiddenException>(async () => await Council.SetUpPrefecturalBodyAsync(await database.ActorAsync(email),
                new PrefecturalBodyInput(BodyKind.MayorsMeeting, "市町村長会議（別）", "知事", null, today)));
        }
        var again = await Assert.ThrowsAsync<ValidationException>(() => Council.SetUpPrefecturalBodyAsync(yamagata,
            new PrefecturalBodyInput(BodyKind.Council, "第二の連携推進会議", "次長", null, today)));
        Assert.Equal(["Kind"], again.Errors.Keys);
        Assert.Contains("県・市町村連携推進会議は既に設置されています", again.Errors["Kind"][0]);
        var wrong = await Assert.ThrowsAsync<ValidationException>(() => Council.SetUpPrefecturalBodyAsync(yamagata,
            new PrefecturalBodyInput(BodyKind.WorkingTeam, " ", null, new string('職', 201), today)));
        Assert.Equal(["ChairPost", "Kind", "MunicipalPost", "Name"], wrong.Errors.Keys.Order());
    }
}
