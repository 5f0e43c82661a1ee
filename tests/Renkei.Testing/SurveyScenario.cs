using Renkei.Core.Accounts;
using Renkei.Core.Surveys;

namespace Renkei.Testing;

/// <summary>Opens a survey with the H29 windows and sets the clock inside them.</summary>
public static class SurveyScenario
{
    public static NewSurveyInput H29Like(int fiscalYear) => new(
        fiscalYear, $"{fiscalYear}年度 県と市町村及び市町村間の連携課題・ニーズ調査",
        new DateOnly(fiscalYear, 5, 29), new DateOnly(fiscalYear, 6, 23), new DateOnly(fiscalYear, 6, 7), new DateOnly(fiscalYear, 6, 23));

    /// <summary>Creates and opens the survey; the clock is put on 10 June of that year (both windows open), Japan time.</summary>
    public static async Task<int> OpenAsync(RenkeiDatabase database, int fiscalYear)
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var surveys = database.Get<NeedsSurveyService>();
        var id = await surveys.CreateAsync(secretariat, H29Like(fiscalYear));
        await surveys.OpenAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id));
        SetJapanTime(database.Clock, new DateTime(fiscalYear, 6, 10, 10, 0, 0));
        return id;
    }

    /// <summary>Creates and opens a survey whose windows run from two days ago to five days on (for pages on the real clock).</summary>
    public static async Task<int> OpenTodayAsync(RenkeiDatabase database, int fiscalYear)
    {
        var today = Core.Calendar.JapanDate.Today(TimeProvider.System);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var surveys = database.Get<NeedsSurveyService>();
        var id = await surveys.CreateAsync(secretariat, new NewSurveyInput(fiscalYear, $"{fiscalYear}年度 ニーズ調査",
            today.AddDays(-2), today.AddDays(5), today.AddDays(-2), today.AddDays(5)));
        await surveys.OpenAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id));
        return id;
    }

    public static void SetJapanTime(TestClock clock, DateTime japanTime) =>
        clock.SetUtcNow(new DateTimeOffset(japanTime, TimeSpan.FromHours(9)).ToUniversalTime());

    /// <summary>The id of a category of the survey by its label's start.</summary>
    public static async Task<int> CategoryAsync(RenkeiDatabase database, Actor actor, int surveyId, string labelStart) =>
        (await database.Get<NeedsSurveyService>().ListCategoriesAsync(actor, surveyId, default)).First(c => c.Label.StartsWith(labelStart, StringComparison.Ordinal)).Id;

    public static NeedItemInput Item(int categoryId, string title = "空き家バンクの広域化", Urgency urgency = Urgency.High) =>
        new(categoryId, title, urgency, "協議会", "空き家情報を市町村間で共有する。", "個人情報の取扱い");
}
