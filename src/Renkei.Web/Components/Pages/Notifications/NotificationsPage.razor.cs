using Renkei.Core.Notifications;

namespace Renkei.Web.Components.Pages.Notifications;

/// <summary>お知らせ: the user's notices, newest first; opening one marks it read; the kinds to receive by mail below.</summary>
public partial class NotificationsPage
{
    [Inject] private NoticeService Notices { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private NoticeList? _list;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task LoadAsync() => TryAsync(async actor => _list = await Notices.ListMineAsync(actor));

    /// <summary>Marks it read before the link goes on, so the bell counts one less on the next page.</summary>
    private async Task OpenAsync(NoticeView notice)
    {
        if (!notice.Read)
        {
            await TryAsync(actor => Notices.MarkReadAsync(actor, notice.Id));
        }
        Navigation.NavigateTo(notice.Href);
    }

    private async Task MarkAllAsync()
    {
        if (await TryAsync(actor => Notices.MarkAllReadAsync(actor)))
        {
            await LoadAsync();
            Navigation.NavigateTo(Navigation.Uri, replace: true); // the bell in the app bar counts again
        }
    }
}
