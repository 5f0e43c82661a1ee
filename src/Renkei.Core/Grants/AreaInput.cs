using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AreaInput(
    string Name, int StartFiscalYear, int? DeclaredMemberCount, SettlementRelation? SettlementRelation,
    DateOnly? AgreementOn, DateOnly? AgreementPublishedOn, DateOnly? VisionOn, int? VisionFromFiscalYear, int? VisionToFiscalYear,
    DateOnly? VisionPublishedOn, bool? StakeholdersHeard, string? Note)
{
    internal void ApplyTo(CollaborationArea area, GrantProgram program, bool isNew)
    {
        var rules = new TextRules();
        area.Name = rules.Required(nameof(Name), "連携地域の名称", Name, 200);
        area.Note = rules.Optional(nameof(Note), "備考", Note, 2000);
        if (isNew || area.StartFiscalYear != StartFiscalYear)
        {
            GrantRules.CheckStart(rules, program, StartFiscalYear);
        }
        if (DeclaredMemberCount is < 1 or > 200)
        {
            rules.Add(nameof(DeclaredMemberCount), "構成市町村数は1以上で入力してください。");
        }
        if (SettlementRelation is { } relation && !Enum.IsDefined(relation))
        {
            rules.Add(nameof(SettlementRelation), "定住自立圏等との関係を選んでください。");
        }
        if (VisionFromFiscalYear is { } from && VisionToFiscalYear is { } to && to < from)
        {
            rules.Add(nameof(VisionToFiscalYear), "ビジョンの期間は開始年度から終了年度の順に入力してください。");
        }
        if (AgreementPublishedOn < AgreementOn)
        {
            rules.Add(nameof(AgreementPublishedOn), "協定の公表日は締結日以降にしてください。");
        }
        if (VisionPublishedOn < VisionOn)
        {
            rules.Add(nameof(VisionPublishedOn), "ビジョンの公表日は策定日以降にしてください。");
        }
        rules.ThrowIfInvalid();
        area.StartFiscalYear = StartFiscalYear;
        area.DeclaredMemberCount = DeclaredMemberCount;
        area.SettlementRelation = SettlementRelation;
        (area.AgreementOn, area.AgreementPublishedOn) = (AgreementOn, AgreementPublishedOn);
        (area.VisionOn, area.VisionFromFiscalYear, area.VisionToFiscalYear, area.VisionPublishedOn) = (VisionOn, VisionFromFiscalYear, VisionToFiscalYear, VisionPublishedOn);
        area.StakeholdersHeard = StakeholdersHeard;
    }
}
