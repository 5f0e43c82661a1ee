using System.Globalization;
using Renkei.Core.Calendar;

namespace Renkei.Core.Tests.Calendar;

public class WarekiTests
{
    [Theory]
    [InlineData(2026, 11, 23, "令和8年11月23日 (2026)")]
    [InlineData(2019, 5, 1, "令和元年5月1日 (2019)")]
    [InlineData(2019, 4, 30, "平成31年4月30日 (2019)")]
    [InlineData(2017, 5, 29, "平成29年5月29日 (2017)")]
    [InlineData(1989, 1, 7, "昭和64年1月7日 (1989)")]
    public void Formats_dates_in_the_era_in_force_with_the_Gregorian_year(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Wareki.FormatDate(new DateOnly(y, m, d)));

    [Fact]
    public void Formats_in_English_with_the_era_in_brackets() =>
        Assert.Equal("23 Nov 2026 (Reiwa 8)", Wareki.FormatDate(new DateOnly(2026, 11, 23), CultureInfo.GetCultureInfo("en-US")));

    [Fact]
    public void Shows_instants_in_Japan_time() =>
        Assert.Equal("令和8年11月24日 (2026) 08:30", Wareki.FormatDateTime(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero)));
}

public class FiscalYearTests
{
    [Theory]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 11, 23, 2026)]
    public void Runs_from_April_to_March(int y, int m, int d, int expected) =>
        Assert.Equal(expected, FiscalYear.Of(new DateOnly(y, m, d)).StartYear);

    [Theory]
    [InlineData(2026, "令和8年度 (2026)")]
    [InlineData(2019, "令和元年度 (2019)")]
    [InlineData(2017, "平成29年度 (2017)")]
    [InlineData(1988, "昭和63年度 (1988)")]
    public void Is_named_in_wareki_with_the_Gregorian_year(int year, string expected) =>
        Assert.Equal(expected, new FiscalYear(year).ToJapanese());

    [Fact]
    public void Has_an_English_name() => Assert.Equal("FY2026 (Reiwa 8)", new FiscalYear(2026).ToEnglish());

    [Fact]
    public void Knows_its_first_and_last_day()
    {
        var fy = new FiscalYear(2026);
        Assert.Equal(new DateOnly(2026, 4, 1), fy.FirstDay);
        Assert.Equal(new DateOnly(2027, 3, 31), fy.LastDay);
        Assert.True(fy.Contains(new DateOnly(2027, 1, 15)));
        Assert.False(fy.Contains(new DateOnly(2027, 4, 1)));
    }
}
