using Renkei.Core.Auditing;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Admin;

public partial class AuditTrailPage
{
    [Inject] private AuditTrailService Trail { get; set; } = default!;

    private AuditChoices? _choices;
    private AuditPage? _page;
    private string? _error;
    private bool _loading;
    private Guid? _userId;
    private int? _organisationId;
    private string? _entityType, _action;
    private DateTime? _from, _to;

    private AuditFilter Filter(int page) => new(_userId, _organisationId, _entityType, _action,
        _from is { } f ? DateOnly.FromDateTime(f) : null, _to is { } t ? DateOnly.FromDateTime(t) : null, page);

    /// <summary>The download carries the filters shown, so the CSV has what the table has (all pages).</summary>
    private string CsvUrl
    {
        get
        {
            var f = Filter(1);
            var query = new Dictionary<string, string?>
            {
                ["userId"] = f.UserId?.ToString(), ["organisationId"] = f.OrganisationId?.ToString(), ["entityType"] = f.EntityType, ["action"] = f.Action,
                ["from"] = f.From?.ToString("yyyy-MM-dd"), ["to"] = f.To?.ToString("yyyy-MM-dd"),
            };
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/exports/audit.csv", query.Where(q => q.Value is not null));
        }
    }

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _choices = await Trail.ChoicesAsync(await GetActorAsync());
            await SearchAsync(1);
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private async Task SearchAsync(int page)
    {
        _loading = true;
        try
        {
            _page = await Trail.SearchAsync(await GetActorAsync(), Filter(page));
        }
        finally
        {
            _loading = false;
        }
    }
}
