using Renkei.Core.Indicators;

namespace Renkei.Web.Components.Pages.Indicators;

/// <summary>Registers an indicator or changes one (the secretariat): what is counted, its baseline, targets, owner and themes.</summary>
public partial class IndicatorEditPage
{
    [Parameter] public int? IndicatorId { get; set; }

    private IndicatorForm? _form;
    private uint _version;
    private bool _saving;
    private IReadOnlyList<OrganisationOption> _departments = [];
    private IReadOnlyList<ThemeListItem> _themes = [];

    private string Title => IndicatorId is null ? L["Indicators.New"] : L["Indicators.Edit"];

    protected override Task OnParametersSetAsync() => IsFirstSetOf(IndicatorId) ? LoadLatestAsync() : Task.CompletedTask;

    protected override async Task LoadLatestAsync()
    {
        var actor = await GetActorAsync();
        _departments = (await Directory.ListOrganisationsAsync(actor)).Where(o => o.Type == OrganisationType.Department).ToList();
        _themes = await Themes.ListAsync(actor);
        if (IndicatorId is not { } id)
        {
            _form = new IndicatorForm();
            return;
        }
        var x = await Indicators.GetAsync(actor, id);
        _version = x.Version;
        _form = new IndicatorForm
        {
            Name = x.Name, Unit = x.Unit, Kind = x.Kind, Direction = x.Direction, Plan = x.Plan, OwnerDepartmentId = x.OwnerDepartmentId, YearKind = x.YearKind,
            BaselineValue = x.BaselineValue, BaselineYear = x.BaselineYear, BaselineNote = x.BaselineNote, FinalTargetValue = x.FinalTargetValue,
            FinalTargetYear = x.FinalTargetYear, MilestoneLabel = x.MilestoneLabel, ThemeIds = x.Themes.Select(t => t.ThemeId).ToHashSet(),
            Targets = x.Targets.Select(t => new IndicatorTargetsEditor.Row { Year = t.Year, Value = t.Value }).ToList(),
        };
    }

    private async Task SaveAsync()
    {
        if (_form is not { } f)
        {
            return;
        }
        _saving = true;
        var input = new IndicatorInput(f.Name ?? "", f.Unit ?? "", f.Kind, f.Direction, f.Plan, f.OwnerDepartmentId, f.YearKind, f.BaselineValue, f.BaselineYear,
            f.BaselineNote, f.FinalTargetValue, f.FinalTargetYear, f.MilestoneLabel,
            f.Targets.Where(t => t.Year is not null && t.Value is not null).Select(t => new TargetInput(t.Year!.Value, t.Value!.Value)).ToList(), f.ThemeIds.ToList());
        var id = IndicatorId ?? 0;
        var saved = await TryAsync(async actor =>
        {
            if (IndicatorId is { } existing)
            {
                await Indicators.UpdateAsync(actor, existing, input, _version);
            }
            else
            {
                id = await Indicators.CreateAsync(actor, input);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            Navigation.NavigateTo($"/indicators/{id}");
        }
    }

    private sealed class IndicatorForm
    {
        public string? Name { get; set; }
        public string? Unit { get; set; }
        public IndicatorKind Kind { get; set; } = IndicatorKind.Quantity;
        public IndicatorDirection Direction { get; set; } = IndicatorDirection.HigherIsBetter;
        public string? Plan { get; set; }
        public int? OwnerDepartmentId { get; set; }
        public YearKind YearKind { get; set; } = YearKind.FiscalYear;
        public decimal? BaselineValue { get; set; }
        public int? BaselineYear { get; set; }
        public string? BaselineNote { get; set; }
        public decimal? FinalTargetValue { get; set; }
        public int? FinalTargetYear { get; set; }
        public string? MilestoneLabel { get; set; }
        public IReadOnlyCollection<int> ThemeIds { get; set; } = new HashSet<int>();
        public List<IndicatorTargetsEditor.Row> Targets { get; set; } = [];
    }
}
