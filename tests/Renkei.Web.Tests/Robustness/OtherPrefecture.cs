using Renkei.Core.Council;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// Ids of another tenant's things (青森県's survey, theme, body, meeting, municipality): put in the path of any
/// operation, no persona of Yamagata may get a 2xx.
/// </summary>
public static class OtherPrefecture
{
    public static async Task<Dictionary<string, string>> CreateAsync(RenkeiWebFactory portal)
    {
        await using var db = portal.CreateDbContext();
        var (prefecture, municipality, department) = await SecondPrefecture.CreateAsync(db);
        var survey = new NeedsSurvey
        {
            PrefectureId = prefecture.Id, FiscalYear = 2061, Title = "青森県の調査",
            MunicipalOpensOn = new(2061, 5, 1), MunicipalClosesOn = new(2061, 6, 1), DepartmentOpensOn = new(2061, 5, 1), DepartmentClosesOn = new(2061, 6, 1),
        };
        var theme = new CollaborationTheme { PrefectureId = prefecture.Id, Title = "青森県のテーマ", OwnerOrganisationId = department.Id };
        var body = new CouncilBody { PrefectureId = prefecture.Id, Kind = BodyKind.SteeringCommittee, Name = "青森県の幹事会", ChairPost = "市町村課長" };
        db.AddRange(survey, theme, body);
        await db.SaveChangesAsync();
        var meeting = new Meeting
        {
            PrefectureId = prefecture.Id, BodyId = body.Id, FiscalYear = 2062, Title = "青森県の会議", TargetFrom = new(2062, 5, 1), TargetUntil = new(2062, 5, 1),
        };
        db.Add(meeting);
        await db.SaveChangesAsync();
        return new()
        {
            ["surveys/{id}"] = survey.Id.ToString(),
            ["themes/{id}"] = theme.Id.ToString(),
            ["bodies/{id}"] = body.Id.ToString(),
            ["meetings/{id}"] = meeting.Id.ToString(),
            ["{code}"] = municipality.Code.Value,
            // 北海道 is seeded as a tenant of its own: its program and an area stand for another tenant's grants.
            ["grant-programs/{id}"] = db.GrantPrograms.Single(p => p.Name == Core.Data.Seed.HokkaidoDemoSeeder.ProgramName).Id.ToString(),
            ["{areaId}"] = db.CollaborationAreas.OrderBy(a => a.Id).First(a => a.Program.Name == Core.Data.Seed.HokkaidoDemoSeeder.ProgramName).Id.ToString(),
        };
    }
}
