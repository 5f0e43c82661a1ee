using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// One of everything the API's paths name (an open survey with a draft answer and a need, a theme, a body and a
/// membership, a generated year with a meeting, an agenda item and a material…), made through the API itself, so
/// the generated tests can fill every path parameter with a real id. A path parameter it cannot fill fails the test.
/// </summary>
public sealed class ApiWorld
{
    public const int SurveyYear = 2061;
    public const int CycleYear = 2062;

    private readonly Dictionary<string, string> _values = new();

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Ids for body properties that refer to something (organisationId, categoryId…).</summary>
    public Dictionary<string, JsonElement> BodyIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<ApiWorld> BuildAsync(RenkeiWebFactory portal, Func<string, Task<HttpClient>> client)
    {
        var world = new ApiWorld();
        var secretariat = await client(DemoAccounts.Secretariat);
        var city = await client(DemoAccounts.YamagataCity);
        var department = await client(DemoAccounts.KenkoFukushi);
        var admin = await client(DemoAccounts.Admin);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var survey = await Created(await secretariat.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear = SurveyYear, title = "生成テスト用の調査",
            municipalOpensOn = today.AddDays(-3), municipalClosesOn = today.AddDays(30),
            departmentOpensOn = today.AddDays(-3), departmentClosesOn = today.AddDays(30),
        }));
        (await secretariat.PostAsJsonAsync($"/api/v1/surveys/{survey}/open", new { version = await secretariat.VersionAtAsync($"/api/v1/surveys/{survey}") })).EnsureSuccessStatusCode();
        var categories = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{survey}/categories");
        var category = categories[0].GetProperty("id").GetInt32();
        var mine = await city.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{survey}/responses/mine");
        var need = await Created(await city.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses/mine/items",
            new { categoryId = category, title = "空き家バンクの広域化", urgency = "High", form = "協議会", content = "共有", issues = "個人情報" }));

        var themes = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/themes");
        var triage = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/triage");
        var bodies = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/bodies");
        var template = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/schedule-template");
        var municipalities = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        // An account of its own for /users/{id}: locking or reassigning a persona would change that persona's later answers.
        var target = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "world-target@renkei.example", displayName = "生成テスト用の利用者", organisationId = (await department.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32(),
            role = "DepartmentStaff", password = "Renkei#Strong2026",
        });
        target.EnsureSuccessStatusCode();
        var targetId = (await target.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var me = await department.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var cityMe = await city.GetFromJsonAsync<JsonElement>("/api/v1/me");

        (await secretariat.PostAsync($"/api/v1/cycles/{CycleYear}", null)).EnsureSuccessStatusCode();
        await world.AddGrantAsync(secretariat, city, cityMe.GetProperty("organisationId").GetInt32(), municipalities);
        var contact = await Created(await secretariat.PostAsJsonAsync("/api/v1/contact-log", new
        {
            on = "2026-08-20", kind = "Visit", municipalityIds = new[] { cityMe.GetProperty("organisationId").GetInt32() }, topics = "生成テスト用の訪問",
        }));
        (await secretariat.PostAsJsonAsync($"/api/v1/contact-log/{contact}/follow-ups", new { task = "生成テスト用の対応", owner = "事務局",
            version = await secretariat.VersionAtAsync($"/api/v1/contact-log/{contact}") })).EnsureSuccessStatusCode();
        world._values["contact-log/{id}"] = contact.ToString();
        world._values["history/{kind}"] = "Contact";
        world._values["{kind}/{id}"] = contact.ToString();
        world._values["{followUpId}"] = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/contact-log/{contact}")).GetProperty("followUps")[0].GetProperty("id").GetInt32().ToString();
        // 村山's support team, with one member and one open request (theme of the demo).
        var office = await client(DemoAccounts.MurayamaSupport);
        var member = await Created(await office.PostAsJsonAsync("/api/v1/support-team/members", new { department = "建設部", post = "生成テスト用の職", fields = new[] { "Building" } }));
        var request = await Created(await office.PostAsJsonAsync("/api/v1/support-team/requests", new
        {
            themeId = themes[0].GetProperty("id").GetInt32(), field = "Building", question = "生成テスト用の依頼", memberId = member,
        }));
        world._values["{teamMemberId}"] = member.ToString();
        world._values["{requestId}"] = request.ToString();
        var indicator = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/indicators"))[0].GetProperty("id").GetInt32();
        world._values["indicators/{id}"] = indicator.ToString();
        // 北海道 holds work, so removing it is refused (409) even to the deployment's administrator: the matrix removes nothing.
        var prefectures = await (await client(DemoAccounts.Operator)).GetFromJsonAsync<JsonElement>("/api/v1/prefectures");
        world._values["prefectures/{id}"] = prefectures.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "010006").GetProperty("id").GetInt32().ToString();
        world._values["{valueId}"] = (await Created(await secretariat.PostAsJsonAsync($"/api/v1/indicators/{indicator}/values",
            new { year = 2017, value = 50, source = "生成テスト用の実績" }))).ToString();
        var meetings = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings?fiscalYear={CycleYear}");
        var meeting = meetings.EnumerateArray().First(m => m.GetProperty("bodyKind").GetString() == "SteeringCommittee").GetProperty("id").GetInt32();
        var agendaItem = await Created(await secretariat.PostAsJsonAsync($"/api/v1/meetings/{meeting}/agenda",
            new { kind = "Report", title = "地域医療の連携", presenterOrganisationId = me.GetProperty("organisationId").GetInt32(), themeIds = Array.Empty<int>() }));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(SampleFiles.Pdf());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "資料.pdf");
        var material = await Created(await secretariat.PostAsync($"/api/v1/meetings/{meeting}/agenda/{agendaItem}/materials", form));

        var arrangement = await Created(await secretariat.PostAsJsonAsync("/api/v1/arrangements",
            new { type = "JointCouncil", name = "生成テスト用の協議会", kindsOfWork = new[] { "下水道共同管理" } }));
        var arrangementMember = await Created(await secretariat.PostAsJsonAsync($"/api/v1/arrangements/{arrangement}/members",
            new { organisationId = cityMe.GetProperty("organisationId").GetInt32(), isPrefecture = false, role = "Member" }));

        var correction = await Created(await city.PostAsJsonAsync($"/api/v1/arrangements/{arrangement}/corrections", new { text = "設立日が未入力です。" }));
        var caseId = await Created(await city.PostAsJsonAsync("/api/v1/cases", new
        {
            title = "生成テスト用の事例", summary = "概要", organisationIds = new[] { cityMe.GetProperty("organisationId").GetInt32() }, visibility = "Public",
        }));
        (await city.PostAsJsonAsync($"/api/v1/cases/{caseId}/submit", new { version = await city.VersionAtAsync($"/api/v1/cases/{caseId}") })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"/api/v1/cases/{caseId}/approve",
            new { visibility = "Public", version = await secretariat.VersionAtAsync($"/api/v1/cases/{caseId}") })).EnsureSuccessStatusCode();
        // The approval told 山形市 (a notice of its own; the others' read of it is 404).
        world._values["{noticeId}"] = (await city.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("notices")[0].GetProperty("id").GetInt32().ToString();
        using var attachmentForm = new MultipartFormDataContent();
        var attachmentFile = new ByteArrayContent(SampleFiles.Pdf());
        attachmentFile.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        attachmentForm.Add(attachmentFile, "file", "事例の資料.pdf");
        var attachment = await Created(await secretariat.PostAsync($"/api/v1/cases/{caseId}/attachments", attachmentForm));
        var document = await Created(await secretariat.PostAsJsonAsync($"/api/v1/arrangements/{arrangement}/documents", new { title = "規約", url = "https://www.pref.yamagata.jp/" }));
        var kaminoyama = municipalities.EnumerateArray().First(m => m.GetProperty("name").GetString() == "上山市").GetProperty("id").GetInt32();
        var adoption = await Created(await secretariat.PostAsJsonAsync($"/api/v1/cases/{caseId}/adoptions",
            new { organisationId = kaminoyama, on = today, stage = "Considering" }));

        var firstBody = bodies[0];
        world._values["surveys/{id}"] = survey.ToString();
        world._values["{responseId}"] = mine.GetProperty("id").GetInt32().ToString();
        world._values["items/{itemId}"] = need.ToString();
        world._values["triage/{itemId}"] = triage[0].GetProperty("itemId").GetInt32().ToString();
        world._values["themes/{id}"] = themes[0].GetProperty("id").GetInt32().ToString();
        world._values["bodies/{id}"] = firstBody.GetProperty("id").GetInt32().ToString();
        world._values["{membershipId}"] = firstBody.GetProperty("members")[0].GetProperty("membershipId").GetInt32().ToString();
        world._values["schedule-template/{id}"] = template[0].GetProperty("id").GetInt32().ToString();
        world._values["{fiscalYear}"] = CycleYear.ToString();
        world._values["meetings/{id}"] = meeting.ToString();
        world._values["agenda/{itemId}"] = agendaItem.ToString();
        world._values["{materialId}"] = material.ToString();
        world._values["{code}"] = municipalities[0].GetProperty("code").GetString()!;
        world._values["{year}"] = "2020";
        world._values["users/{id}"] = targetId.ToString();
        world._values["arrangements/{id}"] = arrangement.ToString();
        world._values["{memberId}"] = arrangementMember.ToString();
        world._values["cases/{id}"] = caseId.ToString();
        world._values["{correctionId}"] = correction.ToString();
        world._values["{adoptionId}"] = adoption.ToString();
        world._values["{meetingId}"] = meeting.ToString();
        world._values["{attachmentId}"] = attachment.ToString();
        world._values["{documentId}"] = document.ToString();
        world._values["{themeId}"] = world._values["themes/{id}"];
        world._values["{organisationId}"] = cityMe.GetProperty("organisationId").GetInt32().ToString();
        world._values["organisations/{id}"] = world._values["{organisationId}"];

        world.BodyIds["organisationId"] = JsonSerializer.SerializeToElement(cityMe.GetProperty("organisationId").GetInt32());
        world.BodyIds["presenterOrganisationId"] = JsonSerializer.SerializeToElement(me.GetProperty("organisationId").GetInt32());
        world.BodyIds["leadDepartmentId"] = world.BodyIds["presenterOrganisationId"];
        world.BodyIds["categoryId"] = JsonSerializer.SerializeToElement(category);
        world.BodyIds["bodyId"] = JsonSerializer.SerializeToElement(firstBody.GetProperty("id").GetInt32());
        world.BodyIds["meetingId"] = JsonSerializer.SerializeToElement(meeting);
        world.BodyIds["membershipId"] = JsonSerializer.SerializeToElement(int.Parse(world._values["{membershipId}"]));
        world.BodyIds["fiscalYear"] = JsonSerializer.SerializeToElement(CycleYear);
        _ = portal;
        return world;
    }

    /// <summary>A program of Yamagata's own with an area whose secretariat of 2016 is 山形市 (the city persona), a field, a step and an application.</summary>
    private async Task AddGrantAsync(HttpClient secretariat, HttpClient city, int cityId, JsonElement municipalities)
    {
        var program = await Created(await secretariat.PostAsJsonAsync("/api/v1/grant-programs", new
        {
            name = "生成テスト用の交付金", firstFiscalYear = 2015, lastFiscalYear = 2019, lastAdoptionFiscalYear = 2017, capPerMember = 5_000_000,
            maxSupportYears = 3, typicalMinMembers = 3, typicalMaxMembers = 5, allocation = "EqualPerMember", statisticsYear = 2015,
        }));
        var area = await Created(await secretariat.PostAsJsonAsync($"/api/v1/grant-programs/{program}/areas", new { name = "生成テスト用の連携地域", startFiscalYear = 2016 }));
        var areaPath = $"/api/v1/grant-programs/areas/{area}";
        var members = new[] { cityId }.Concat(municipalities.EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).Where(id => id != cityId).Take(2)).ToList();
        foreach (var member in members)
        {
            (await secretariat.PostAsJsonAsync($"{areaPath}/members", new { municipalityId = member, version = await secretariat.VersionAtAsync(areaPath) })).EnsureSuccessStatusCode();
        }
        (await secretariat.PutAsJsonAsync($"{areaPath}/secretariats", new { fiscalYear = 2016, municipalityId = cityId, version = await secretariat.VersionAtAsync(areaPath) })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"{areaPath}/fields", new { field = "IndustryPromotion", projects = "広域観光", version = await secretariat.VersionAtAsync(areaPath) })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"{areaPath}/milestones", new { kind = "CouncilResolution", on = "2017-03-10", version = await secretariat.VersionAtAsync(areaPath) })).EnsureSuccessStatusCode();
        var grant = await Created(await city.PostAsJsonAsync($"{areaPath}/grants", new
        {
            fiscalYear = 2016, appliedOn = "2016-05-01",
            shares = members.Select(m => new { municipalityId = m, amount = 1_000_000 }), projects = new[] { new { field = "IndustryPromotion", name = "広域観光", plannedAmount = 3_000_000 } },
        }));
        var view = await secretariat.GetFromJsonAsync<JsonElement>(areaPath);
        _values["grant-programs/{id}"] = program.ToString();
        _values["{areaId}"] = area.ToString();
        _values["{areaMemberId}"] = view.GetProperty("members")[2].GetProperty("id").GetInt32().ToString();
        _values["{fieldId}"] = view.GetProperty("fields")[0].GetProperty("id").GetInt32().ToString();
        _values["{milestoneId}"] = view.GetProperty("milestones")[0].GetProperty("id").GetInt32().ToString();
        _values["{grantId}"] = grant.ToString();
        BodyIds["municipalityId"] = JsonSerializer.SerializeToElement(cityId);
    }

    /// <summary>Query strings an operation cannot answer without (it would be 400 for everyone, and the matrix would test nothing).</summary>
    private static readonly Dictionary<string, string> RequiredQueries = new(StringComparer.Ordinal)
    {
        ["/api/v1/search"] = "q=" + Uri.EscapeDataString("連携"),
    };

    /// <summary>
    /// The path with every parameter replaced by a real id (the most specific key wins: "meetings/{id}" before "{id}"),
    /// and the query an operation requires.
    /// </summary>
    public string Fill(string template, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var segments = template.Split('/');
        var original = template.Split('/'); // keys name the template's segments, also where the one before is a parameter
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].Contains('{'))
            {
                continue;
            }
            var parameter = segments[i][segments[i].IndexOf('{')..(segments[i].IndexOf('}') + 1)];
            var key = i > 0 ? $"{original[i - 1]}/{parameter}" : parameter;
            var value = overrides?.GetValueOrDefault(key) ?? overrides?.GetValueOrDefault(parameter)
                ?? _values.GetValueOrDefault(key)
                ?? _values.GetValueOrDefault(parameter)
                ?? throw new InvalidOperationException($"ApiWorld has no value for {parameter} in {template}: add one to ApiWorld.BuildAsync.");
            segments[i] = segments[i].Replace(parameter, Uri.EscapeDataString(value));
        }
        var path = string.Join('/', segments);
        return RequiredQueries.TryGetValue(template, out var query) ? $"{path}?{query}" : path;
    }

    private static async Task<int> Created(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
