using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

/// <summary>A theme the indicator follows (the theme page shows it).</summary>
public class IndicatorTheme
{
    public int IndicatorId { get; set; }
    public int ThemeId { get; set; }
}
