namespace Renkei.Core.Search;

/// <summary>
/// One thing found: its title, the passage where the words occur (<see cref="Excerpt"/>, to highlight), where it belongs
/// (an organisation, a survey, a meeting) and the portal page that opens it.
/// </summary>
public sealed record SearchHit(SearchKind Kind, int Id, string Title, string Excerpt, string? Context, int? FiscalYear, string Href);
