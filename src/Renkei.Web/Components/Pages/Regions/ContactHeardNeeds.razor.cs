using Renkei.Core.Regions;

namespace Renkei.Web.Components.Pages.Regions;

public partial class ContactHeardNeeds
{
    [Parameter, EditorRequired] public ContactView Contact { get; set; } = null!;
    [Parameter] public EventCallback Changed { get; set; }

    private IReadOnlyList<SurveyChoice>? _surveys;
    private int? _municipalityId, _surveyId, _categoryId;
    private string? _title, _content;
    private Urgency? _urgency;
    private bool _saving;
    private int _formKey; // a new key after a need is entered: the emptied fields start afresh, not flagged as missing

    private IReadOnlyList<SurveyCategoryView> Categories => _surveys?.FirstOrDefault(s => s.Id == _surveyId)?.Categories ?? [];

    protected override async Task OnInitializedAsync()
    {
        if (!Contact.CanEdit)
        {
            return;
        }
        _surveys = await HeardNeeds.SurveysAsync(await GetActorAsync());
        _surveyId = _surveys.FirstOrDefault()?.Id;
        _municipalityId = Contact.MunicipalityIds.Count == 1 ? Contact.MunicipalityIds[0] : null;
        _content = Contact.IssuesHeard;
    }

    private string HeardState(HeardNeedView need) =>
        need.Submitted ? L["Heard.Submitted"] : need.Confirmed ? L["Heard.Confirmed"] : L["Heard.Awaiting"];

    private async Task AddAsync()
    {
        _saving = true;
        var input = new HeardNeedInput(_surveyId, _municipalityId, _categoryId, _title, _urgency, _content, null);
        try
        {
            if (await TryAsync(actor => HeardNeeds.AddAsync(actor, Contact.Id, input)))
            {
                Snackbar.Add(L["Heard.Added"], Severity.Success);
                (_categoryId, _title, _urgency) = (null, null, null);
                _formKey++;
                await Changed.InvokeAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
