using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using System.Globalization;
using System.Net.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Web;
using Renkei.Web.Components;
using Renkei.Web.Components.Layout;
using Renkei.Web.Components.Shared;
using Renkei.Core.Themes;
using NetEscapades.AspNetCore.SecurityHeaders;
using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class MeetingWrittenSection
{
    [Parameter, EditorRequired] public MeetingView Meeting { get; set; } = default!;

    private bool _isMember;
    private WrittenAnswerView? _myAnswer;
    private IReadOnlyList<WrittenAnswerView> _answers = [];
    private WrittenAnswerKind _answer = WrittenAnswerKind.Approve;
    private string? _comment;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await GetActorAsync();
        (_isMember, _myAnswer) = await Written.MineAsync(actor, Meeting.Id);
        _answers = Meeting.CanManage ? await Written.ListAsync(actor, Meeting.Id) : [];
    }

    private async Task AnswerAsync()
    {
        if (await TryAsync(actor => Written.AnswerAsync(actor, Meeting.Id, _answer, _comment)))
        {
            Snackbar.Add(L["Written.Thanks"], Severity.Success);
            await LoadAsync();
        }
    }
}
