using Microsoft.AspNetCore.Components.Forms;
using Renkei.Core.Tenancy;

namespace Renkei.Web.Components.Pages.Admin;

public partial class PrefecturesPage
{
    /// <summary>An offices' CSV of a few hundred rows is far below this.</summary>
    private const long MaxOfficesBytes = 1024 * 1024;

    [Inject] private PrefectureSetupService Setup { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private IReadOnlyList<PrefectureListItem>? _prefectures;
    private IReadOnlyList<PrefectureChoice> _choices = [];
    private Form _form = new();
    private byte[]? _offices;
    private string? _officesName;
    private PrefectureSetup? _added;
    private bool _saving;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await GetActorAsync();
        _prefectures = await Setup.ListAsync(actor);
        _choices = await Setup.ChoicesAsync(actor);
    }

    private async Task ChooseOfficesAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }
        if (file.Size > MaxOfficesBytes)
        {
            ShowErrors(new Dictionary<string, string[]> { ["File"] = [L["Prefectures.OfficesTooBig"]] });
            return;
        }
        using var copy = new MemoryStream();
        await using (var content = file.OpenReadStream(MaxOfficesBytes))
        {
            await content.CopyToAsync(copy);
        }
        (_offices, _officesName) = (copy.ToArray(), file.Name);
        ClearErrors();
    }

    private async Task AddAsync()
    {
        _saving = true;
        try
        {
            var input = new NewPrefectureInput(_form.PrefectureCode, _form.SecretariatBureau, _form.SecretariatDivision,
                _form.AdministratorEmail, _form.AdministratorName, _form.AdministratorPassword);
            PrefectureSetup? added = null;
            if (await TryAsync(async actor =>
                {
                    using var offices = _offices is null ? null : new MemoryStream(_offices);
                    added = await Setup.AddAsync(actor, input, offices);
                }))
            {
                _added = added;
                Snackbar.Add(string.Format(L["Prefectures.AddedShort"], added!.Name), Severity.Success);
                (_form, _offices, _officesName) = (new Form(), null, null);
                await LoadAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Only for a row Core marked removable; Core checks again, since work may have begun since the list was read.</summary>
    private async Task RemoveAsync(PrefectureListItem prefecture)
    {
        if (await Dialogs.ShowMessageBoxAsync(L["Prefectures.RemoveTitle"], string.Format(L["Prefectures.RemoveConfirm"], prefecture.Name, prefecture.Users),
                yesText: L["Prefectures.Remove"], cancelText: L["Cancel"]) != true)
        {
            return;
        }
        _saving = true;
        try
        {
            if (await TryAsync(actor => Setup.RemoveAsync(actor, prefecture.Id)))
            {
                Snackbar.Add(string.Format(L["Prefectures.Removed"], prefecture.Name), Severity.Success);
            }
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private sealed class Form
    {
        public string? PrefectureCode { get; set; }
        public string? SecretariatBureau { get; set; }
        public string? SecretariatDivision { get; set; }
        public string? AdministratorEmail { get; set; }
        public string? AdministratorName { get; set; }
        public string? AdministratorPassword { get; set; }
    }
}
