using System.Globalization;
using System.Resources;
using Renkei.Core.Surveys;

namespace Renkei.Web.Tests.Layout;

/// <summary>Pages look up states by name (e.g. <c>Progress.{state}</c>): every value needs its text in both languages.</summary>
public class EnumResourceTests
{
    private static readonly ResourceManager Resources = new("Renkei.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var state in Enum.GetValues<ProgressState>()) keys.Add($"Progress.{state}");
        foreach (var status in Enum.GetValues<ResponseStatus>()) keys.Add($"Response.{status}");
        foreach (var status in Enum.GetValues<SurveyStatus>()) keys.Add($"Surveys.Status.{status}");
        foreach (var urgency in Enum.GetValues<Urgency>()) keys.Add($"Urgency.{urgency}");
        foreach (var status in Enum.GetValues<Renkei.Core.Council.AnnualCycleItemStatus>()) keys.Add($"Cycle.Status.{status}");
        foreach (var answer in Enum.GetValues<Renkei.Core.Council.WrittenAnswerKind>()) keys.Add($"Written.{answer}");
        // Every domain value a page names through L.Label(value).
        Type[] labelled =
        [
            typeof(Renkei.Core.Themes.ThemeFramework), typeof(Renkei.Core.Themes.DeploymentMethod), typeof(Renkei.Core.Themes.CollaborationMethod),
            typeof(Renkei.Core.Themes.ThemeState), typeof(Renkei.Core.Themes.TriageState), typeof(Renkei.Core.Themes.ThemeScope),
            typeof(Urgency), typeof(ProgressState), typeof(RespondentGroup), typeof(SurveyStatus), typeof(SurveySection),
            typeof(Renkei.Core.Council.MeetingState), typeof(Renkei.Core.Council.AgendaItemKind), typeof(Renkei.Core.Council.AgendaOutcome),
            typeof(Renkei.Core.Council.BodyKind), typeof(Renkei.Core.Organisations.MunicipalityKind),
            typeof(Renkei.Core.Cases.CaseState), typeof(Renkei.Core.Common.Visibility), typeof(Renkei.Core.Cases.AdoptionStage), typeof(Renkei.Core.Cases.CaseSort),
            typeof(Renkei.Core.Organisations.PopulationBand), typeof(Renkei.Core.Arrangements.ArrangementType), typeof(Renkei.Core.Arrangements.MemberRole), typeof(Renkei.Core.Arrangements.StepKind),
            typeof(Renkei.Core.Grants.AllocationRule), typeof(Renkei.Core.Grants.SettlementRelation), typeof(Renkei.Core.Grants.VisionField),
            typeof(Renkei.Core.Grants.AreaMilestoneKind), typeof(Renkei.Core.Grants.GrantState),
            typeof(Renkei.Core.Indicators.IndicatorKind), typeof(Renkei.Core.Indicators.IndicatorDirection), typeof(Renkei.Core.Indicators.YearKind),
            typeof(Renkei.Core.Indicators.ValueState), typeof(Renkei.Core.Indicators.ProgressStatus), typeof(Renkei.Core.Regions.ContactKind), typeof(Renkei.Core.Regions.SupportField), typeof(Renkei.Core.Search.SearchKind), typeof(Renkei.Core.Notifications.NoticeKind), typeof(Renkei.Core.Organisations.OrganisationType),
        ];
        foreach (var status in Enum.GetValues<Renkei.Core.Arrangements.ArrangementStatus>()) keys.Add($"Arrangements.Status.{status}");
        foreach (var type in labelled)
        {
            foreach (var name in Enum.GetNames(type)) keys.Add($"Enum.{type.Name}.{name}");
        }
        // The history sections name every stored field of the records they show (a computed search text is not audited), and every action of the trail.
        Type[] withHistory = [typeof(Renkei.Core.Themes.CollaborationTheme), typeof(Renkei.Core.Cases.Case), typeof(Renkei.Core.Indicators.Indicator), typeof(Renkei.Core.Regions.ContactLogEntry)];
        foreach (var name in withHistory.SelectMany(t => t.GetProperties()).Where(p => p.CanWrite && IsStored(p.PropertyType) && p.Name is not ("Id" or "Version" or "PrefectureId" or "SearchText"))
            .Select(p => p.Name).Distinct())
        {
            keys.Add($"Audit.Field.{name}");
        }
        foreach (var action in new[] { "Created", "Updated", "Deleted", "Assigned", "Locked", "Unlocked" }.Concat(typeof(Renkei.Core.Auditing.AuditEvents)
            .GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)))
        {
            keys.Add($"Audit.Action.{action}");
        }
        return keys;
    }

    /// <summary>A column of the row, not a navigation: values, enums, days, instants, and arrays of them.</summary>
    private static bool IsStored(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTimeOffset);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_state_has_a_japanese_and_an_english_text(string key)
    {
        var japanese = Resources.GetString(key, new CultureInfo("ja-JP"));
        var english = Resources.GetString(key, new CultureInfo("en-US"));
        Assert.False(string.IsNullOrEmpty(japanese), key);
        Assert.False(string.IsNullOrEmpty(english), key);
        Assert.DoesNotContain("{", japanese); // a format string would show its placeholders
        Assert.NotEqual(japanese, english);
    }
}
