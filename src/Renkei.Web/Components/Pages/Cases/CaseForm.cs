using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Themes;

namespace Renkei.Web.Components.Pages.Cases;

/// <summary>The edit page's working copy of a case: what the fields bind to, turned into Core's input on save.</summary>
public sealed class CaseForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public string? People { get; set; }
    public long? BudgetYen { get; set; }
    public DateTime? StartedOn { get; set; }
    public DateTime? EndedOn { get; set; }
    public string? TransferNotes { get; set; }
    public IReadOnlyCollection<string> Fields { get; set; } = [];
    public IReadOnlyCollection<CollaborationMethod> Methods { get; set; } = [];
    public IReadOnlyCollection<int> OrganisationIds { get; set; } = [];
    public Visibility Visibility { get; set; } = Visibility.Internal;
    public int? ThemeId { get; set; }
    public int? ArrangementId { get; set; }
    public int? MeetingId { get; set; }
    public List<ResultRow> Results { get; set; } = [];
    public List<SourceRow> Sources { get; set; } = [];

    public sealed class ResultRow
    {
        public string? Indicator { get; set; }
        public string? Before { get; set; }
        public string? After { get; set; }
        public string? Source { get; set; }
    }

    public sealed class SourceRow
    {
        public string? Title { get; set; }
        public string? Url { get; set; }
    }

    public static CaseForm From(CaseInput input) => new()
    {
        Title = input.Title, Summary = input.Summary, Description = input.Description, People = input.People, BudgetYen = input.BudgetYen,
        StartedOn = input.StartedOn?.ToDateTime(TimeOnly.MinValue), EndedOn = input.EndedOn?.ToDateTime(TimeOnly.MinValue), TransferNotes = input.TransferNotes,
        Fields = input.Fields?.ToList() ?? [], Methods = input.Methods?.ToList() ?? [], OrganisationIds = input.OrganisationIds?.ToList() ?? [], Visibility = input.Visibility,
        ThemeId = input.ThemeId, ArrangementId = input.ArrangementId, MeetingId = input.MeetingId,
        Results = (input.Results ?? []).Select(r => new ResultRow { Indicator = r.Indicator, Before = r.Before, After = r.After, Source = r.Source }).ToList(),
        Sources = (input.Sources ?? []).Select(s => new SourceRow { Title = s.Title, Url = s.Url }).ToList(),
    };

    public static CaseForm From(CaseDetail c) => From(new CaseInput(c.Title, c.Summary, c.Description, c.People, c.BudgetYen, c.StartedOn, c.EndedOn,
        c.TransferNotes, c.Fields, c.Methods, c.Organisations.Select(o => o.Id).ToList(), c.Visibility, c.Theme?.Id, c.Arrangement?.Id, c.Meeting?.Id,
        c.Results.Select(r => new CaseResultInput(r.Indicator, r.Before, r.After, r.Source)).ToList(),
        c.Sources.Select(s => new CaseSourceInput(s.Title, s.Url)).ToList()));

    public CaseInput ToInput() => new(Title ?? "", Summary ?? "", Description, People, BudgetYen,
        StartedOn is { } from ? DateOnly.FromDateTime(from) : null, EndedOn is { } to ? DateOnly.FromDateTime(to) : null, TransferNotes,
        Fields.ToList(), Methods.ToList(), OrganisationIds.ToList(), Visibility, ThemeId, ArrangementId, MeetingId,
        Results.Select(r => new CaseResultInput(r.Indicator ?? "", r.Before, r.After, r.Source)).ToList(),
        Sources.Select(s => new CaseSourceInput(s.Title ?? "", s.Url)).ToList());
}
