namespace Renkei.Web.Api.Input;

/// <summary>
/// Characters no field may carry: NUL and other control characters (tab and line breaks are text) and lone
/// surrogates. PostgreSQL refuses NUL in text, so these are stopped before any query is made.
/// </summary>
public static class StrictText
{
    public static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    public const string Message = "使用できない文字（制御文字など）が含まれています。";
}
