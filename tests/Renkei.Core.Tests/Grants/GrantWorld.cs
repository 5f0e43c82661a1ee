using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Grants;
using Renkei.Testing;

namespace Renkei.Core.Tests.Grants;

/// <summary>A program of the test's own in 北海道 (so the demo program stays as seeded) with one area of three towns.</summary>
internal sealed class GrantWorld(RenkeiDatabase database)
{
    public const string Engaru = "015555";
    public const string Saroma = "015521";
    public const string Yubetsu = "015598";
    public const string Monbetsu = "012190";

    public GrantProgramService Programs => database.Get<GrantProgramService>();
    public CollaborationAreaService Areas => database.Get<CollaborationAreaService>();
    public GrantService Grants => database.Get<GrantService>();

    public Task<Actor> SecretariatAsync() => database.ActorAsync(DemoAccounts.HokkaidoSecretariat);

    public async Task<int> MunicipalityAsync(string code)
    {
        await using var db = database.CreateDbContext();
        return (await db.Municipalities.ToListAsync()).Single(m => m.Code.Value == code).Id;
    }

    public static ProgramInput Program(string name, AllocationRule allocation = AllocationRule.EqualPerMember) =>
        new(name, "地域づくり総合交付金のメニュー事業", null, 2015, 2019, 2017, 5_000_000, 3, 3, 5, null, allocation, 2015, []);

    /// <summary>A program and an area starting in <paramref name="start"/> with 遠軽町 (the secretariat of every year), 佐呂間町 and 湧別町.</summary>
    public async Task<(int Program, int Area)> AreaAsync(string programName, int start = 2015, AllocationRule allocation = AllocationRule.EqualPerMember)
    {
        var secretariat = await SecretariatAsync();
        var program = await Programs.CreateAsync(secretariat, Program(programName, allocation));
        var area = await Areas.CreateAsync(secretariat, program, new AreaInput($"{programName}の地域", start, 3, SettlementRelation.Unusable,
            null, null, null, null, null, null, null, null));
        foreach (var code in new[] { Engaru, Saroma, Yubetsu })
        {
            await Areas.AddMemberAsync(secretariat, area, new AreaMemberInput(await MunicipalityAsync(code), null), await database.VersionAsync<CollaborationArea>(area));
        }
        for (var year = start; year < start + 3; year++)
        {
            await Areas.SetSecretariatAsync(secretariat, area, new AreaSecretariatInput(year, await MunicipalityAsync(Engaru), null), await database.VersionAsync<CollaborationArea>(area));
        }
        return (program, area);
    }

    public async Task<ApplicationInput> ApplicationAsync(int fiscalYear, long each = 5_000_000) =>
        new(fiscalYear, new DateOnly(fiscalYear, 5, 1),
            [new(await MunicipalityAsync(Engaru), each), new(await MunicipalityAsync(Saroma), each), new(await MunicipalityAsync(Yubetsu), each)],
            [new(VisionField.IndustryPromotion, "広域観光ルートの開発", 9_000_000), new(VisionField.MigrationAndExchange, "移住体験ツアー", 6_000_000)]);

    public async Task<AwardInput> AwardAsync(int fiscalYear, long engaru, long saroma, long yubetsu, DateOnly? due = null) =>
        new(new DateOnly(fiscalYear, 6, 1), "実績報告は期限までに提出すること", due ?? new DateOnly(fiscalYear + 1, 4, 10),
            [new(await MunicipalityAsync(Engaru), engaru), new(await MunicipalityAsync(Saroma), saroma), new(await MunicipalityAsync(Yubetsu), yubetsu)]);
}
