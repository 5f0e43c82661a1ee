using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

/// <summary>Scenes the journeys start from, set through the API.</summary>
public static class SurveySetup
{
    /// <summary>The secretariat has opened this fiscal year's survey, with windows around today.</summary>
    public static async Task<int> OpenSurveyAsync(this PortalFixture portal)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var api = await portal.ApiClientAsync(DemoAccounts.Secretariat);
        var created = await api.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear = 2026, title = "令和8年度 県と市町村及び市町村間の連携課題・ニーズ調査",
            municipalOpensOn = today.AddDays(-5), municipalClosesOn = today.AddDays(12),
            departmentOpensOn = today.AddDays(-1), departmentClosesOn = today.AddDays(12),
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsJsonAsync($"/api/v1/surveys/{id}/open", new { version = await api.VersionAtAsync($"/api/v1/surveys/{id}") })).EnsureSuccessStatusCode();
        return id;
    }
}
