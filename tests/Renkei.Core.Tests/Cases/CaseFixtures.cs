using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

/// <summary>Cases as a test needs them: written by one account, through the services a user goes through.</summary>
internal static class CaseFixtures
{
    public static async Task<int> OrganisationAsync(this RenkeiDatabase database, string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    public static CaseInput Input(string title, int[] organisations, Visibility visibility = Visibility.Internal, string summary = "概要", string[]? fields = null) =>
        new(title, summary, "取組の内容", "職員2名", 1_200_000, new DateOnly(2018, 4, 1), null, "手順書を共有すると始めやすい", fields ?? [],
            [CollaborationMethod.SharedOperations], organisations, visibility,
            Results: [new CaseResultInput("収納率", "95.1%", "97.3%", "各町の決算")], Sources: [new CaseSourceInput("総務省 事例集", "https://www.soumu.go.jp/")]);

    /// <summary>Written by <paramref name="author"/>, submitted and approved by the secretariat with the given visibility.</summary>
    public static async Task<int> ApprovedCaseAsync(this RenkeiDatabase database, Actor author, CaseInput input, Visibility visibility)
    {
        var cases = database.Get<CaseService>();
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await cases.CreateAsync(author, input);
        await cases.SubmitAsync(author, id, await database.VersionAsync<Case>(id));
        await cases.ApproveAsync(secretariat, id, visibility, await database.VersionAsync<Case>(id));
        return id;
    }
}
