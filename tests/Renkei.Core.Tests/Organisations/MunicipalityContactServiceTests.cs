using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class MunicipalityContactServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private MunicipalityContactService Contacts => database.Get<MunicipalityContactService>();

    private async Task<uint> VersionOf(string code)
    {
        var profile = await database.Get<OrganisationDirectory>().GetMunicipalityAsync(await database.ActorAsync(DemoAccounts.Secretariat), code);
        return profile.Version;
    }

    [Theory]
    [InlineData(DemoAccounts.Admin, true)]
    [InlineData(DemoAccounts.Secretariat, true)]
    [InlineData(DemoAccounts.YamagataCity, true)]
    [InlineData(DemoAccounts.TsuruokaCity, false)]
    [InlineData(DemoAccounts.MurayamaSupport, true)]
    [InlineData(DemoAccounts.ShonaiSupport, false)]
    [InlineData(DemoAccounts.KenkoFukushi, false)]
    public async Task Only_the_municipality_its_support_office_and_the_secretariat_change_its_contact(string email, bool allowed)
    {
        var actor = await database.ActorAsync(email);
        var version = await VersionOf("062014");
        var change = () => Contacts.UpdateAsync(actor, "062014", new ContactInput("企画調整課", "023-641-1212", "kikaku@city.yamagata.example"), version);
        if (allowed)
        {
            await change();
        }
        else
        {
            var refused = await Assert.ThrowsAsync<ForbiddenException>(change);
            Assert.Contains("山形市", refused.Message);
        }
    }

    [Fact]
    public async Task A_saved_change_is_audited_with_who_and_what()
    {
        var actor = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        await Contacts.UpdateAsync(actor, "062031", new ContactInput("企画部政策企画課", "0235-25-2111", null), await VersionOf("062031"));

        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.Where(a => a.UserId == actor.UserId).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("Updated", entry.Action);
        Assert.Equal("MunicipalityContact", entry.EntityType);
        Assert.Contains("企画部政策企画課", entry.Changes);
        var stored = await db.Municipalities.SingleAsync(m => m.Name == "鶴岡市");
        Assert.Equal("0235-25-2111", stored.Contact.Phone);
    }

    [Fact]
    public async Task A_stale_version_is_reported_as_a_conflict_and_the_newer_value_kept()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var version = await VersionOf("062049");
        await Contacts.UpdateAsync(actor, "062049", new ContactInput("最初の課", null, null), version);
        await Assert.ThrowsAsync<ConflictException>(() => Contacts.UpdateAsync(actor, "062049", new ContactInput("後の課", null, null), version));

        await using var db = database.CreateDbContext();
        Assert.Equal("最初の課", (await db.Municipalities.SingleAsync(m => m.Name == "酒田市")).Contact.Division);
    }

    [Theory]
    [InlineData("Email", null, "not-an-email", "メールアドレスの形式")]
    [InlineData("Phone", "abc", null, "電話番号")]
    [InlineData("Division", null, null, "制御文字")]
    public async Task Bad_input_is_refused_with_the_field_named(string field, string? phone, string? email, string words)
    {
        var division = field == "Division" ? "企画\u0007課" : "企画課";
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var version = await VersionOf("063011");
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Contacts.UpdateAsync(actor, "063011", new ContactInput(division, phone, email), version));
        Assert.Contains(words, Assert.Single(refused.Errors[field]));
    }

    [Fact]
    public async Task Text_longer_than_allowed_is_refused()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var version = await VersionOf("063011");
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Contacts.UpdateAsync(actor, "063011", new ContactInput(new string('課', 101), null, null), version));
        Assert.Contains("100文字以内", refused.Errors["Division"][0]);
    }
}
