using System.Globalization;
using Renkei.Core.Surveys;
using Renkei.Core.Surveys.Exports;
using Renkei.Web.Components.Shared;

namespace Renkei.Web.Api;

/// <summary>The survey exports' own words in the caller's language: Japanese as Core writes them, else from the resources.</summary>
public static class SurveyExportLanguage
{
    public static SurveyExportWords For(IStringLocalizer<SharedResource> l) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja"
            ? SurveyExportWords.Japanese
            : new SurveyExportWords(
                SurveyExportWords.HeaderKeys.Select(k => l[$"Export.Item.{k}"].Value).ToList(),
                g => l.Label(g), s => l.Label(s), u => l.Label(u), ", ",
                at => Core.Calendar.Wareki.ToJapanTime(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                l["Export.SummarySheet"], l["Export.ItemsSheet"], l["Export.SummaryTitle"], l["Export.GroupLine"], l["Export.SectionCount"],
                SurveyExportWords.SummaryHeaderKeys.Select(k => l[$"Export.Summary.{k}"].Value).ToList(),
                l["Export.SectionTotal"], l["Export.Total"], l["Export.Footnote"]);
}
