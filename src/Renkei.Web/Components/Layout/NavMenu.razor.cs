using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using Renkei.Core.Accounts;
using Renkei.Web.Auth;

namespace Renkei.Web.Components.Layout;

/// <summary>The main menu: the areas Core says the actor may open (<see cref="PortalAccess"/>), highlighted by the current address.</summary>
public partial class NavMenu
{
    /// <summary>A link to an <see cref="Area"/> or a group (<see cref="Children"/>), shown when it has a child the actor may open.</summary>
    private sealed record NavEntry(string Label, string? Href, string? Icon, PortalArea? Area = null, NavEntry[]? Children = null);

    private static readonly NavEntry[] Menu =
    [
        new("Nav.Home", "/", Icons.Material.Filled.Home, PortalArea.Home),
        new("Nav.Search", "/search", Icons.Material.Filled.Search, PortalArea.Search),
        new("Nav.Surveys", "/surveys", Icons.Material.Filled.Assignment, PortalArea.Surveys),
        new("Nav.Dashboard", "/dashboard", Icons.Material.Filled.Dashboard, PortalArea.Dashboard),
        new("Nav.Triage", "/triage", Icons.Material.Filled.FactCheck, PortalArea.Triage),
        new("Nav.Themes", "/themes", Icons.Material.Filled.Hub, PortalArea.Themes),
        new("Nav.Council", null, Icons.Material.Filled.Groups, Children:
        [
            new("Nav.Cycle", "/council/cycle", null, PortalArea.AnnualCycle),
            new("Nav.Bodies", "/council/bodies", null, PortalArea.CouncilBodies),
        ]),
        new("Nav.Arrangements", "/arrangements", Icons.Material.Filled.Share, PortalArea.Arrangements),
        new("Nav.Cases", "/cases", Icons.Material.Filled.LightbulbCircle, PortalArea.Cases),
        new("Nav.Grants", "/grants", Icons.Material.Filled.Savings, PortalArea.Grants),
        new("Nav.Indicators", "/indicators", Icons.Material.Filled.TrendingUp, PortalArea.Indicators),
        new("Nav.Regions", "/regions", Icons.Material.Filled.Forum, PortalArea.Regions),
        new("Nav.Organisations", null, Icons.Material.Filled.AccountBalance, Children:
        [
            new("Nav.Municipalities", "/municipalities", null, PortalArea.Municipalities),
            new("Nav.BranchOffices", "/branch-offices", null, PortalArea.BranchOffices),
            new("Nav.Population", "/prefecture/population", null, PortalArea.Population),
            new("Nav.StatisticsImport", "/statistics/import", null, PortalArea.StatisticsImport),
        ]),
        new("Nav.Administration", null, Icons.Material.Filled.AdminPanelSettings, Children:
        [
            new("Nav.Users", "/admin/users", null, PortalArea.Users),
            new("Nav.ApprovalSettings", "/admin/approval", null, PortalArea.ApprovalSettings),
            new("Nav.Audit", "/admin/audit", null, PortalArea.AuditTrail),
            new("Nav.Prefectures", "/admin/prefectures", null, PortalArea.Prefectures),
        ]),
    ];

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IReadOnlyList<PortalArea> _areas = [];

    protected override async Task OnParametersSetAsync()
    {
        var actor = AuthenticationState is null ? null : (await AuthenticationState).User.ToActor();
        _areas = actor is null ? [] : PortalAccess.AreasFor(actor);
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

    private IEnumerable<NavEntry> Visible(IEnumerable<NavEntry> entries) =>
        entries.Where(e => e.Area is { } area ? _areas.Contains(area) : e.Children is { } children && Visible(children).Any());

    /// <summary>Home only on its own address; the others also on the pages under them.</summary>
    private bool IsActive(NavEntry entry) =>
        entry.Href == "/" ? _path == "/" : _path == entry.Href || _path.StartsWith(entry.Href + "/", StringComparison.Ordinal);

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
