using Renkei.Core.Data.Seed;
using Renkei.Core.Organisations;

namespace Renkei.Core.Tests.Organisations;

public class LocalGovernmentCodeTests
{
    [Theory]
    [InlineData("062014", "山形市")]
    [InlineData("062031", "鶴岡市")]
    [InlineData("010006", "北海道")]
    public void Accepts_codes_with_a_correct_check_digit(string text, string _)
    {
        var code = LocalGovernmentCode.Parse(text);
        Assert.Equal(text, code.Value);
        Assert.Equal(text[..2], code.PrefecturePart);
    }

    [Theory]
    [InlineData("06201", "6桁")]
    [InlineData("0620145", "6桁")]
    [InlineData("", "6桁")]
    [InlineData("06201a", "半角数字")]
    [InlineData("０６２０１４", "半角数字")]
    [InlineData("062015", "検査数字")]
    [InlineData("062030", "検査数字")]
    public void Rejects_wrong_length_characters_or_check_digit_with_a_clear_message(string text, string expectedWords)
    {
        Assert.False(LocalGovernmentCode.TryParse(text, out _, out var error));
        Assert.Contains(expectedWords, error);
        var thrown = Assert.Throws<FormatException>(() => LocalGovernmentCode.Parse(text));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void The_check_digit_message_names_the_expected_digit()
    {
        LocalGovernmentCode.TryParse("062015", out _, out var error);
        Assert.Contains("末尾は 4 のはず", error);
    }

    [Theory]
    [InlineData("06201", "062014")]
    [InlineData("06203", "062031")]
    [InlineData("01000", "010006")]
    [InlineData("06461", "064611")]
    public void Appends_the_check_digit_to_a_JIS_code(string jis, string expected) =>
        Assert.Equal(expected, LocalGovernmentCode.FromJisCode(jis).Value);

    [Fact]
    public void Every_seeded_municipality_code_agrees_with_its_JIS_part()
    {
        foreach (var row in YamagataReferenceData.Municipalities())
        {
            Assert.Equal(row.Code, LocalGovernmentCode.FromJisCode(row.Code.Value[..5]));
        }
    }
}
