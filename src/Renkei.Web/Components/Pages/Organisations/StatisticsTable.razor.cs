namespace Renkei.Web.Components.Pages.Organisations;

public partial class StatisticsTable
{
    [Parameter, EditorRequired] public MunicipalityProfile Profile { get; set; } = default!;
    [Parameter] public EventCallback OnChanged { get; set; }

    private StatisticForm? _editing;
    private bool _saving;
    private static string Count(int? value) => value?.ToString("N0") ?? "—";

    private void StartAdd()
    {
        ClearErrors();
        _editing = new StatisticForm { Year = (Profile.Statistics.LastOrDefault(s => !s.IsProjection)?.Year ?? Today.Year - 1) + 1 };
    }

    private void Edit(MunicipalityStatisticView s)
    {
        ClearErrors();
        _editing = new StatisticForm
        {
            Year = s.Year, Population = s.Population, ElderlyShare = s.ElderlyShare, GeneralAdminStaff = s.GeneralAdminStaff,
            CivilEngineers = s.CivilEngineers, ArchitectureEngineers = s.ArchitectureEngineers,
            AgriForestryEngineers = s.AgriForestryEngineers, IsProjection = s.IsProjection, AreaKm2 = s.AreaKm2, Version = s.Version,
        };
    }

    private async Task SaveAsync()
    {
        if (_editing is not { } f)
        {
            return;
        }
        _saving = true;
        var input = new StatisticInput(f.Year, f.Population, f.ElderlyShare, f.GeneralAdminStaff, f.CivilEngineers,
            f.ArchitectureEngineers, f.AgriForestryEngineers, f.IsProjection, f.AreaKm2);
        var saved = await TryAsync(actor => StatisticsService.SaveAsync(actor, Profile.Code, input, f.Version));
        _saving = false;
        if (saved)
        {
            _editing = null;
            Snackbar.Add(L["Saved"], Severity.Success);
            await OnChanged.InvokeAsync();
        }
    }

    private async Task DeleteAsync(MunicipalityStatisticView s)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Statistics.DeleteTitle"], string.Format(L["Statistics.DeleteConfirm"], Profile.Name, s.Year),
            yesText: L["Delete"], cancelText: L["Cancel"]);
        if (confirmed == true && await TryAsync(actor => StatisticsService.DeleteAsync(actor, Profile.Code, s.Year, s.Version)))
        {
            Snackbar.Add(string.Format(L["Statistics.Deleted"], s.Year), Severity.Success);
            await OnChanged.InvokeAsync();
        }
    }

    private sealed class StatisticForm
    {
        public int Year { get; set; }
        public int Population { get; set; }
        public decimal? ElderlyShare { get; set; }
        public int? GeneralAdminStaff { get; set; }
        public int? CivilEngineers { get; set; }
        public int? ArchitectureEngineers { get; set; }
        public int? AgriForestryEngineers { get; set; }
        public bool IsProjection { get; set; }
        public decimal? AreaKm2 { get; set; }
        public uint? Version { get; set; }
    }
}
