using Microsoft.AspNetCore.Components.Forms;
using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class MeetingMaterialsSection
{
    [Parameter, EditorRequired] public int MeetingId { get; set; }
    [Parameter, EditorRequired] public IReadOnlyList<AgendaItemView> Items { get; set; } = [];
    [Parameter] public bool CanEdit { get; set; }

    private MaterialsView? _view;
    private bool _notMember;
    private DateTime? _deadline;
    private string? _uploading;
    private int? _errorItem;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override Task LoadLatestAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _view = await Materials.GetAsync(await GetActorAsync(), MeetingId);
            _deadline = _view.Deadline?.ToDateTime(TimeOnly.MinValue);
        }
        catch (Renkei.Core.Common.ForbiddenException)
        {
            _notMember = true;
        }
    }

    private async Task UploadAsync(AgendaItemView item, IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }
        _uploading = file.Name;
        _errorItem = item.Id;
        StateHasChanged();
        try
        {
            // The service refuses an oversized file from its size before reading anything.
            await using var content = file.OpenReadStream(MaterialFileCheck.MaxBytes);
            if (await TryAsync(actor => Materials.UploadAsync(actor, MeetingId, item.Id, file.Name, content, file.Size)))
            {
                Snackbar.Add(string.Format(L["Materials.Uploaded"], file.Name), Severity.Success);
                await LoadAsync();
            }
        }
        finally
        {
            _uploading = null;
        }
    }

    private async Task DeleteAsync(MaterialView file)
    {
        if (await TryAsync(actor => Materials.DeleteAsync(actor, MeetingId, file.Id)))
        {
            Snackbar.Add(string.Format(L["Materials.Deleted"], file.FileName), Severity.Success);
            await LoadAsync();
        }
    }

    private async Task SetVisibilityAsync(MaterialView file, Visibility level)
    {
        if (await TryAsync(actor => Materials.SetVisibilityAsync(actor, MeetingId, file.Id, level, file.Version)))
        {
            Snackbar.Add(string.Format(L["Materials.VisibilitySaved"], file.FileName, L[$"Visibility.Short.{level}"]), Severity.Success);
        }
        await LoadAsync();
    }

    private async Task SaveDeadlineAsync()
    {
        var deadline = _deadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        if (await TryAsync(actor => Materials.SetDeadlineAsync(actor, MeetingId, deadline, _view!.MeetingVersion)))
        {
            Snackbar.Add(L["Materials.DeadlineSaved"], Severity.Success);
            await LoadAsync();
        }
    }

    private static string FileSize(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
