namespace Renkei.Web.Components.Pages.Admin;

public partial class Users
{
    private IReadOnlyList<UserListItem>? _users;
    private IReadOnlyList<OrganisationOption> _organisations = [];
    private UserForm _form = new();
    private bool _saving;
    private UserListItem? _assigning;
    private int? _assignOrganisationId;
    private string? _assignRole;

    protected override async Task OnInitializedAsync()
    {
        var actor = await GetActorAsync();
        _organisations = await Directory.ListOrganisationsAsync(actor);
        _users = await Administration.ListAsync(actor);
    }

    private async Task CreateAsync()
    {
        _saving = true;
        var input = new NewUserInput(_form.Email, _form.DisplayName, _form.OrganisationId ?? 0, _form.Role, _form.Password);
        var created = await TryAsync(actor => Administration.CreateAsync(actor, input));
        _saving = false;
        if (created)
        {
            Snackbar.Add(string.Format(L["Users.Created"], _form.Email), Severity.Success);
            _form = new UserForm();
            _users = await Administration.ListAsync(await GetActorAsync());
        }
    }

    private void StartAssign(UserListItem user)
    {
        ClearErrors();
        (_assigning, _assignOrganisationId, _assignRole) = (user, user.OrganisationId, user.Role);
    }

    private async Task AssignAsync()
    {
        if (_assigning is not { } user)
        {
            return;
        }
        _saving = true;
        var saved = await TryAsync(actor => Administration.AssignAsync(actor, user.Id, _assignOrganisationId ?? 0, _assignRole));
        _saving = false;
        if (saved)
        {
            Snackbar.Add(string.Format(L["Users.Assigned"], user.Email), Severity.Success);
            _assigning = null;
            _users = await Administration.ListAsync(await GetActorAsync());
        }
    }

    /// <summary>Locks or unlocks at once: the account's open pages, cookies and API tokens stop on their next request.</summary>
    private async Task ToggleLockAsync(UserListItem user)
    {
        _saving = true;
        var locked = !user.IsLockedOut;
        var saved = await TryAsync(actor => Administration.SetLockedAsync(actor, user.Id, locked));
        _saving = false;
        if (saved)
        {
            AccountCheck.Forget(user.Id);
            Snackbar.Add(string.Format(L[locked ? "Users.Locked" : "Users.Unlocked"], user.Email), Severity.Success);
            _users = await Administration.ListAsync(await GetActorAsync());
        }
    }

    /// <summary>決裁権者 beside the role: approves the organisation's survey answers where it requires a 決裁 (決裁の設定).</summary>
    private async Task ToggleApproverAsync(UserListItem user)
    {
        _saving = true;
        var approver = !user.IsApprover;
        var saved = await TryAsync(actor => Administration.SetApproverAsync(actor, user.Id, approver));
        _saving = false;
        if (saved)
        {
            Snackbar.Add(string.Format(L[approver ? "Users.ApproverGranted" : "Users.ApproverEnded"], user.Email), Severity.Success);
            _users = await Administration.ListAsync(await GetActorAsync());
        }
    }

    private sealed class UserForm
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public int? OrganisationId { get; set; }
        public string? Role { get; set; }
        public string? Password { get; set; }
    }
}
