using Renkei.Core.Grants;

namespace Renkei.Web.Components.Pages.Grants;

/// <summary>Registers a program or changes one (the prefecture's secretariat); the benchmarks are rows of the same form.</summary>
public partial class GrantProgramEditPage
{
    [Parameter] public int? ProgramId { get; set; }

    private ProgramForm? _form;
    private uint _version;
    private bool _saving;

    private string Title => ProgramId is null ? L["Grants.NewProgram"] : L["Grants.EditProgram"];

    protected override Task OnParametersSetAsync() => IsFirstSetOf(ProgramId) ? LoadLatestAsync() : Task.CompletedTask;

    protected override async Task LoadLatestAsync()
    {
        if (ProgramId is not { } id)
        {
            var year = CurrentFiscalYear.StartYear;
            _form = new ProgramForm { FirstFiscalYear = year, LastFiscalYear = year + 4, LastAdoptionFiscalYear = year + 2, MaxSupportYears = 3, TypicalMinMembers = 3, TypicalMaxMembers = 5, CapPerMember = 5_000_000 };
            return;
        }
        var p = await Programs.GetAsync(await GetActorAsync(), id);
        _version = p.Version;
        _form = new ProgramForm
        {
            Name = p.Name, Scheme = p.Scheme, Purpose = p.Purpose, FirstFiscalYear = p.FirstFiscalYear, LastFiscalYear = p.LastFiscalYear,
            LastAdoptionFiscalYear = p.LastAdoptionFiscalYear, CapPerMember = p.CapPerMember, MaxSupportYears = p.MaxSupportYears,
            TypicalMinMembers = p.TypicalMinMembers, TypicalMaxMembers = p.TypicalMaxMembers, EligibilityNotes = p.EligibilityNotes,
            Allocation = p.Allocation, StatisticsYear = p.StatisticsYear,
            Benchmarks = p.Benchmarks.Select(b => new BenchmarkEditor.Row { Label = b.Label, Population = b.Population, AreaKm2 = b.AreaKm2, Members = b.Members }).ToList(),
        };
    }

    private async Task SaveAsync()
    {
        if (_form is not { } f)
        {
            return;
        }
        _saving = true;
        var input = new ProgramInput(f.Name ?? "", f.Scheme, f.Purpose, f.FirstFiscalYear, f.LastFiscalYear, f.LastAdoptionFiscalYear, f.CapPerMember,
            f.MaxSupportYears, f.TypicalMinMembers, f.TypicalMaxMembers, f.EligibilityNotes, f.Allocation, f.StatisticsYear,
            f.Benchmarks.Select(b => new BenchmarkInput(b.Label ?? "", b.Population, b.AreaKm2, b.Members)).ToList());
        var id = ProgramId ?? 0;
        var saved = await TryAsync(async actor =>
        {
            if (ProgramId is { } existing)
            {
                await Programs.UpdateAsync(actor, existing, input, _version);
            }
            else
            {
                id = await Programs.CreateAsync(actor, input);
            }
        });
        _saving = false;
        if (saved)
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            Navigation.NavigateTo($"/grants/{id}");
        }
    }

    private sealed class ProgramForm
    {
        public string? Name { get; set; }
        public string? Scheme { get; set; }
        public string? Purpose { get; set; }
        public int FirstFiscalYear { get; set; }
        public int LastFiscalYear { get; set; }
        public int LastAdoptionFiscalYear { get; set; }
        public long CapPerMember { get; set; }
        public int MaxSupportYears { get; set; }
        public int TypicalMinMembers { get; set; }
        public int TypicalMaxMembers { get; set; }
        public string? EligibilityNotes { get; set; }
        public AllocationRule Allocation { get; set; } = AllocationRule.EqualPerMember;
        public int? StatisticsYear { get; set; }
        public List<BenchmarkEditor.Row> Benchmarks { get; set; } = [];
    }
}
