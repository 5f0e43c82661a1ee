namespace Renkei.Core.Common;

/// <summary>
/// The portal pages that open a record, for links that leave the page they were made on (search hits, notices, mail).
/// They are the routes of the web project's pages; a Web test opens each kind.
/// </summary>
public static class PortalLinks
{
    public static string SurveyAnswer(int surveyId) => $"/surveys/{surveyId}/answer";
    public static string SurveyResponse(int surveyId, int responseId) => $"/surveys/{surveyId}/responses/{responseId}";
    public static string Theme(int id) => $"/themes/{id}";
    public static string Meeting(int id) => $"/council/meetings/{id}";
    public static string MeetingMaterials(int id) => $"/council/meetings/{id}#materials";
    public static string Case(int id) => $"/cases/{id}";
    public static string Arrangement(int id) => $"/arrangements/{id}";
    public static string Contact(int id) => $"/regions/contacts/{id}";
    public static string Indicator(int id) => $"/indicators/{id}";
    public static string Grant(int id) => $"/grants/grants/{id}";
}
