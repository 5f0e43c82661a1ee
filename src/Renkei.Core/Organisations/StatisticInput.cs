using Renkei.Core.Common;

namespace Renkei.Core.Organisations;

/// <summary>One year's figures as entered in a form or read from a CSV row.</summary>
public sealed record StatisticInput(
    int Year, int Population, decimal? ElderlyShare, int? GeneralAdminStaff,
    int? CivilEngineers, int? ArchitectureEngineers, int? AgriForestryEngineers, bool IsProjection, decimal? AreaKm2 = null)
{
    public const int FirstYear = 1920; // the first national census
    public const int LastYear = 2100;

    /// <summary>Adds a message per broken rule, named by field, to <paramref name="rules"/>.</summary>
    public void Check(TextRules rules, string prefix = "")
    {
        if (Year is < FirstYear or > LastYear)
        {
            rules.Add(nameof(Year), $"{prefix}年は{FirstYear}〜{LastYear}の範囲で入力してください。");
        }
        if (Population is < 0 or > 40_000_000)
        {
            rules.Add(nameof(Population), $"{prefix}人口は0以上の整数で入力してください。");
        }
        if (ElderlyShare is < 0 or > 100)
        {
            rules.Add(nameof(ElderlyShare), $"{prefix}高齢化率は0〜100（%）で入力してください。");
        }
        if (ElderlyShare is { } share && decimal.Round(share, 1) != share)
        {
            rules.Add(nameof(ElderlyShare), $"{prefix}高齢化率は小数第1位までで入力してください。");
        }
        if (AreaKm2 is <= 0 or > 100_000 || (AreaKm2 is { } area && decimal.Round(area, 2) != area))
        {
            rules.Add(nameof(AreaKm2), $"{prefix}面積は0より大きい数（km²、小数第2位まで）で入力してください。");
        }
        CheckCount(rules, nameof(GeneralAdminStaff), "一般行政部門の職員数", GeneralAdminStaff, prefix);
        CheckCount(rules, nameof(CivilEngineers), "土木技師数", CivilEngineers, prefix);
        CheckCount(rules, nameof(ArchitectureEngineers), "建築技師数", ArchitectureEngineers, prefix);
        CheckCount(rules, nameof(AgriForestryEngineers), "農林水産技師数", AgriForestryEngineers, prefix);
    }

    private static void CheckCount(TextRules rules, string field, string label, int? value, string prefix)
    {
        if (value is < 0 or > 100_000)
        {
            rules.Add(field, $"{prefix}{label}は0以上の整数で入力してください。");
        }
    }

    internal void ApplyTo(MunicipalityStatistic statistic)
    {
        statistic.Year = Year;
        statistic.Population = Population;
        statistic.ElderlyShare = ElderlyShare;
        statistic.GeneralAdminStaff = GeneralAdminStaff;
        statistic.CivilEngineers = CivilEngineers;
        statistic.ArchitectureEngineers = ArchitectureEngineers;
        statistic.AgriForestryEngineers = AgriForestryEngineers;
        statistic.IsProjection = IsProjection;
        statistic.AreaKm2 = AreaKm2;
    }
}
