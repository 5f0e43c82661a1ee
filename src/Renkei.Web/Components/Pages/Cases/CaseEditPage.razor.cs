using Renkei.Core.Arrangements;
using Renkei.Core.Cases;
using Renkei.Core.Organisations;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Cases;

/// <summary>Registers a case (from scratch or from a theme, <c>?theme=</c>) or changes one the user may edit.</summary>
public partial class CaseEditPage
{
    [Parameter] public int? CaseId { get; set; }
    [SupplyParameterFromQuery(Name = "theme")] public int? ThemeId { get; set; }

    private CaseForm? _form;
    private uint _version;
    private string? _themeTitle;
    private string? _error;
    private bool _saving;
    private IReadOnlyList<OrganisationOption> _organisations = [];
    private IReadOnlyList<ArrangementListItem> _arrangements = [];
    private IReadOnlyList<CaseLink> _meetings = [];
    private IReadOnlyList<string> _fields = [];

    private string Heading => CaseId is null ? L["Cases.New"] : L["Cases.EditTitle"];

    protected override Task OnParametersSetAsync() => IsFirstSetOf(CaseId, ThemeId) ? LoadLatestAsync() : Task.CompletedTask;

    protected override async Task LoadLatestAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            _organisations = await Directory.ListOrganisationsAsync(actor);
            _arrangements = await Arrangements.ListAsync(actor, new ArrangementFilter(IncludeDissolved: true));
            _meetings = await Cases.ShowcaseMeetingsAsync(actor);
            if (CaseId is { } id)
            {
                var detail = await Cases.GetAsync(actor, id);
                _form = CaseForm.From(detail);
                _version = detail.Version;
            }
            else if (ThemeId is { } theme)
            {
                _form = CaseForm.From(await Cases.DraftFromThemeAsync(actor, theme));
                _themeTitle = _form.Title;
            }
            else
            {
                _form = new CaseForm { OrganisationIds = [actor.OrganisationId] };
            }
            // The prefecture's fields, and any the case was filed under before that the list no longer offers.
            var fields = await Cases.FieldsAsync(actor);
            _fields = [.. fields, .. _form.Fields.Except(fields)];
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var input = _form!.ToInput();
        var id = CaseId;
        var saved = await TryAsync(async actor =>
        {
            if (id is { } existing)
            {
                _version = await Cases.UpdateAsync(actor, existing, input, _version);
            }
            else
            {
                id = await Cases.CreateAsync(actor, input);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(L["Cases.Saved"], Severity.Success);
            Navigation.NavigateTo($"/cases/{id}");
        }
    }
}
