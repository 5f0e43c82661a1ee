using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using Renkei.Core.Accounts;

namespace Renkei.Web.Components.Layout;

/// <summary>The main menu: the same entries and the same role rules as before, highlighted by the current address.</summary>
public partial class NavMenu
{
    /// <summary>A link (<see cref="Href"/>) or a group (<see cref="Children"/>); <see cref="Roles"/> null = everyone signed in.</summary>
    private sealed record NavEntry(string Label, string? Href, string? Icon, string[]? Roles = null, NavEntry[]? Children = null);

    private static readonly NavEntry[] Menu =
    [
        new("Nav.Home", "/", Icons.Material.Filled.Home),
        new("Nav.Surveys", "/surveys", Icons.Material.Filled.Assignment),
        new("Nav.Dashboard", "/dashboard", Icons.Material.Filled.Dashboard, [Roles.Secretariat, Roles.SupportOfficeStaff]),
        new("Nav.Triage", "/triage", Icons.Material.Filled.FactCheck, [Roles.Secretariat, Roles.SupportOfficeStaff]),
        new("Nav.Themes", "/themes", Icons.Material.Filled.Hub),
        new("Nav.Council", null, Icons.Material.Filled.Groups, Children:
        [
            new("Nav.Cycle", "/council/cycle", null),
            new("Nav.Bodies", "/council/bodies", null),
        ]),
        new("Nav.Organisations", null, Icons.Material.Filled.AccountBalance, Children:
        [
            new("Nav.Municipalities", "/municipalities", null),
            new("Nav.BranchOffices", "/branch-offices", null),
            new("Nav.StatisticsImport", "/statistics/import", null, [Roles.Secretariat, Roles.Administrator]),
        ]),
        new("Nav.Administration", null, Icons.Material.Filled.AdminPanelSettings, [Roles.Administrator],
        [
            new("Nav.Users", "/admin/users", null),
        ]),
    ];

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private System.Security.Claims.ClaimsPrincipal _user = new();

    protected override async Task OnParametersSetAsync()
    {
        _user = AuthenticationState is null ? new() : (await AuthenticationState).User;
    }

    /// <summary>The current address without query or fragment, taken once per navigation.</summary>
    private string _path = "/";

    protected override void OnInitialized()
    {
        _path = PathOf(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        _path = PathOf(e.Location);
        InvokeAsync(StateHasChanged);
    }

    private string PathOf(string uri) => "/" + Navigation.ToBaseRelativePath(uri).Split('?', '#')[0];

    private IEnumerable<NavEntry> Visible(IEnumerable<NavEntry> entries) => entries.Where(e => e.Roles is null || e.Roles.Any(_user.IsInRole));

    /// <summary>Home only on its own address; the others also on the pages under them.</summary>
    private bool IsActive(NavEntry entry) =>
        entry.Href == "/" ? _path == "/" : _path == entry.Href || _path.StartsWith(entry.Href + "/", StringComparison.Ordinal);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
