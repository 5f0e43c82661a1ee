using System.Diagnostics.CodeAnalysis;

namespace Renkei.Core.Organisations;

/// <summary>
/// 全国地方公共団体コード: five digits (JIS X 0402) followed by a check digit.
/// Constructed only through <see cref="Parse"/> or <see cref="TryParse"/>, so an instance is always valid.
/// </summary>
public readonly record struct LocalGovernmentCode
{
    private LocalGovernmentCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The two-digit prefecture part (06 = 山形県).</summary>
    public string PrefecturePart => Value[..2];

    public static LocalGovernmentCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse(string? text, out LocalGovernmentCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var value = text?.Trim() ?? "";
        if (value.Length != 6)
        {
            error = $"団体コード「{value}」は6桁で入力してください（現在 {value.Length} 桁）。";
            return false;
        }
        if (!value.All(char.IsAsciiDigit))
        {
            error = $"団体コード「{value}」には半角数字だけを使ってください。";
            return false;
        }
        var expected = CheckDigit(value[..5]);
        if (value[5] - '0' != expected)
        {
            error = $"団体コード「{value}」の検査数字が正しくありません（末尾は {expected} のはずです）。";
            return false;
        }
        code = new LocalGovernmentCode(value);
        error = null;
        return true;
    }

    /// <summary>Builds the full code from the five-digit JIS code by appending its check digit.</summary>
    public static LocalGovernmentCode FromJisCode(string fiveDigits)
    {
        if (fiveDigits.Length != 5 || !fiveDigits.All(char.IsAsciiDigit))
        {
            throw new FormatException($"JISコード「{fiveDigits}」は5桁の半角数字で入力してください。");
        }
        return new LocalGovernmentCode(fiveDigits + CheckDigit(fiveDigits));
    }

    /// <summary>s = 6a + 5b + 4c + 3d + 2e; check = (11 − s mod 11) mod 10.</summary>
    internal static int CheckDigit(string fiveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (fiveDigits[i] - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    public override string ToString() => Value ?? "";
}
