namespace Renkei.Core.Common;

/// <summary>An <c>ILIKE</c> pattern that finds the text anywhere, its own %, _ and \ taken literally (escape character \).</summary>
public static class LikePattern
{
    public static string Containing(string text) => "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
