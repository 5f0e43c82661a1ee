using Renkei.Core.Regions;

namespace Renkei.Web.Components.Pages.Regions;

/// <summary>Records a contact with municipalities of the jurisdiction, or changes one.</summary>
public partial class ContactEditPage
{
    [Parameter] public int? ContactId { get; set; }

    private ContactForm? _form;
    private uint _version;
    private bool _saving;
    private IReadOnlyList<MunicipalityListItem> _municipalities = [];
    private IReadOnlyList<ThemeListItem> _themes = [];

    private string Title => ContactId is null ? L["Regions.NewContact"] : L["Regions.EditContact"];

    protected override Task OnParametersSetAsync() => IsFirstSetOf(ContactId) ? LoadLatestAsync() : Task.CompletedTask;

    protected override async Task LoadLatestAsync()
    {
        var actor = await GetActorAsync();
        var scope = (await ContactLog.ScopeAsync(actor)).Select(m => m.Id).ToHashSet(); // the jurisdiction, not the year's visits
        _municipalities = (await Directory.ListMunicipalitiesAsync(actor)).Where(m => scope.Contains(m.Id)).ToList();
        _themes = await Themes.ListAsync(actor);
        if (ContactId is not { } id)
        {
            _form = new ContactForm { On = Today.ToDateTime(TimeOnly.MinValue) };
            return;
        }
        var c = await ContactLog.GetAsync(actor, id);
        _version = c.Version;
        _form = new ContactForm
        {
            On = c.On.ToDateTime(TimeOnly.MinValue), Kind = c.Kind, MunicipalityIds = c.MunicipalityIds.ToHashSet(), Participants = c.Participants,
            Topics = c.Topics, IssuesHeard = c.IssuesHeard, ThemeId = c.ThemeId,
        };
    }

    private async Task SaveAsync()
    {
        if (_form is not { } f)
        {
            return;
        }
        _saving = true;
        var input = new ContactLogInput(f.On is { } on ? DateOnly.FromDateTime(on) : Today, f.Kind, f.MunicipalityIds.ToList(), f.Participants, f.Topics, f.IssuesHeard, f.ThemeId);
        var id = ContactId ?? 0;
        var saved = await TryAsync(async actor =>
        {
            if (ContactId is { } existing)
            {
                await ContactLog.UpdateAsync(actor, existing, input, _version);
            }
            else
            {
                id = await ContactLog.CreateAsync(actor, input);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            Navigation.NavigateTo($"/regions/contacts/{id}");
        }
    }

    private sealed class ContactForm
    {
        public DateTime? On { get; set; }
        public ContactKind Kind { get; set; } = ContactKind.Visit;
        public IReadOnlyCollection<int> MunicipalityIds { get; set; } = new HashSet<int>();
        public string? Participants { get; set; }
        public string? Topics { get; set; }
        public string? IssuesHeard { get; set; }
        public int? ThemeId { get; set; }
    }
}
