using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class BodiesPage
{
    private IReadOnlyList<BodyView>? _bodies;
    private IReadOnlyList<OrganisationOption> _organisations = [];
    private bool _maySetUp;
    private DateTime? _on; // the roster's day: today in Japan until the user picks another
    private readonly Dictionary<int, int?> _newOrganisation = new();
    private readonly Dictionary<int, string?> _newPost = new();

    private DateOnly On => _on is { } on ? DateOnly.FromDateTime(on) : Today;

    protected override async Task OnInitializedAsync()
    {
        _on = Today.ToDateTime(TimeOnly.MinValue);
        var actor = await GetActorAsync();
        _maySetUp = CouncilAccess.MaySetUpPrefecturalBody(actor);
        _organisations = await Directory.ListOrganisationsAsync(actor);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _bodies = await Council.ListBodiesAsync(await GetActorAsync(), On);
        foreach (var body in _bodies)
        {
            _newOrganisation.TryAdd(body.Id, null);
            _newPost.TryAdd(body.Id, null);
        }
    }

    private async Task OnChangedAsync(DateTime? date)
    {
        _on = date;
        await LoadAsync();
    }

    private async Task AddAsync(BodyView body)
    {
        if (_newOrganisation[body.Id] is not { } organisationId)
        {
            Snackbar.Add(L["Bodies.ChooseOrganisation"], Severity.Warning);
            return;
        }
        if (await TryAsync(actor => Council.AddMemberAsync(actor, body.Id, organisationId, _newPost[body.Id], On)))
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            _newOrganisation[body.Id] = null;
            _newPost[body.Id] = null;
            await LoadAsync();
        }
        else if (FieldErrors.Count > 0)
        {
            Snackbar.Add(string.Join(" ", FieldErrors.Values.SelectMany(m => m)), Severity.Warning);
        }
    }

    private async Task EndAsync(BodyView body, MemberView member)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Bodies.End"], string.Format(L["Bodies.EndConfirm"], member.OrganisationName, member.Post, body.Name,
            Wareki.FormatDate(On, CultureInfo.CurrentUICulture)), yesText: L["Bodies.End"], cancelText: L["Cancel"]);
        if (confirmed == true && await TryAsync(actor => Council.RemoveMemberAsync(actor, member.MembershipId, On)))
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
    }
}
