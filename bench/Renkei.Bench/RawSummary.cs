using Npgsql;
using Renkei.Core.Surveys;

namespace Renkei.Bench;

/// <summary>The aggregate the summary service computes, as one hand-written statement read with plain Npgsql.</summary>
public sealed class RawSummary(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        WITH s AS (SELECT id, title, fiscal_year, status FROM needs_surveys WHERE id = $2 AND prefecture_id = $1),
             r AS (SELECT id, "group" FROM survey_responses WHERE survey_id = $2 AND status = 2),
             c AS (SELECT i.category_id, count(*) FILTER (WHERE r."group" = 1) AS m, count(*) FILTER (WHERE r."group" = 2) AS p
                   FROM need_items i JOIN r ON r.id = i.response_id GROUP BY 1)
        SELECT s.title, s.fiscal_year, s.status, sc.id, sc.section, sc.label, sc.is_other,
               coalesce(c.m, 0)::int, coalesce(c.p, 0)::int,
               (SELECT count(*) FROM r WHERE "group" = 1)::int, (SELECT count(*) FROM r WHERE "group" = 2)::int
        FROM s JOIN survey_categories sc ON sc.survey_id = s.id
        LEFT JOIN c ON c.category_id = sc.id
        ORDER BY sc.section, sc.sort_order
        """;

    public async Task<SurveySummary> RunAsync(int prefectureId, int surveyId)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = prefectureId });
        command.Parameters.Add(new NpgsqlParameter { Value = surveyId });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(SurveySection Section, int Id, string Label, bool IsOther, int M, int P)>();
        string title = "";
        int fiscalYear = 0, status = 0, municipalRespondents = 0, prefecturalRespondents = 0;
        while (await reader.ReadAsync())
        {
            (title, fiscalYear, status) = (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2));
            rows.Add(((SurveySection)reader.GetInt32(4), reader.GetInt32(3), reader.GetString(5), reader.GetBoolean(6), reader.GetInt32(7), reader.GetInt32(8)));
            (municipalRespondents, prefecturalRespondents) = (reader.GetInt32(9), reader.GetInt32(10));
        }
        GroupSummary Build(bool municipal, int respondents)
        {
            var sections = Enum.GetValues<SurveySection>().Select(section =>
            {
                var categories = rows.Where(r => r.Section == section)
                    .Select(r => new CategoryCount(r.Id, r.Label, r.IsOther, municipal ? r.M : r.P, r.P > 0)).ToList();
                return new SectionSummary(section, categories.Sum(c => c.Count), categories);
            }).ToList();
            return new GroupSummary(sections.Sum(s => s.Count), respondents, sections);
        }
        return new SurveySummary(surveyId, fiscalYear, title, (SurveyStatus)status, Build(true, municipalRespondents), Build(false, prefecturalRespondents));
    }
}
