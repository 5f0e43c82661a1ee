using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Themes;

/// <summary>Budget notes of one fiscal year (予算計上の状況など).</summary>
public class ThemeBudgetNote : IAudited
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public int FiscalYear { get; set; }
    public required string Note { get; set; }
}
