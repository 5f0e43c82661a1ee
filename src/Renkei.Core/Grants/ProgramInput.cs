using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ProgramInput(
    string Name, string? Scheme, string? Purpose, int FirstFiscalYear, int LastFiscalYear, int LastAdoptionFiscalYear,
    long CapPerMember, int MaxSupportYears, int TypicalMinMembers, int TypicalMaxMembers, string? EligibilityNotes,
    AllocationRule Allocation, int? StatisticsYear, IReadOnlyList<BenchmarkInput>? Benchmarks)
{
    internal void ApplyTo(GrantProgram program)
    {
        var rules = new TextRules();
        program.Name = rules.Required(nameof(Name), "事業名", Name, 200);
        program.Scheme = rules.Optional(nameof(Scheme), "予算上の位置づけ", Scheme, 200);
        program.Purpose = rules.Optional(nameof(Purpose), "目的", Purpose, 2000);
        program.EligibilityNotes = rules.Optional(nameof(EligibilityNotes), "対象地域", EligibilityNotes, 2000);
        if (FirstFiscalYear is < 1990 or > 2100 || LastFiscalYear < FirstFiscalYear || LastFiscalYear > FirstFiscalYear + 30)
        {
            rules.Add(nameof(LastFiscalYear), "事業年度は初年度から最終年度の順に、30年以内で入力してください。");
        }
        if (LastAdoptionFiscalYear < FirstFiscalYear || LastAdoptionFiscalYear > LastFiscalYear)
        {
            rules.Add(nameof(LastAdoptionFiscalYear), "新規採択の最終年度は事業年度の範囲内で入力してください。");
        }
        if (CapPerMember is <= 0 or > 10_000_000_000)
        {
            rules.Add(nameof(CapPerMember), "1市町村あたりの上限額は1円以上で入力してください。");
        }
        if (MaxSupportYears is < 1 or > 30)
        {
            rules.Add(nameof(MaxSupportYears), "支援期間は1年以上で入力してください。");
        }
        if (TypicalMinMembers < 2 || TypicalMaxMembers < TypicalMinMembers || TypicalMaxMembers > 200)
        {
            rules.Add(nameof(TypicalMaxMembers), "想定する構成市町村数は2以上、下限から上限の順に入力してください。");
        }
        if (!Enum.IsDefined(Allocation))
        {
            rules.Add(nameof(Allocation), "配分の方法を選んでください。");
        }
        if (StatisticsYear is < 1920 or > 2100)
        {
            rules.Add(nameof(StatisticsYear), "統計の年は1920〜2100の範囲で入力してください。");
        }
        var benchmarks = new List<EffectBenchmark>();
        foreach (var b in Benchmarks ?? [])
        {
            var label = rules.Required(nameof(Benchmarks), "比較対象の名前", b.Label, 100);
            if (b.Population is < 0 || b.AreaKm2 is < 0 || b.Members is < 0)
            {
                rules.Add(nameof(Benchmarks), $"比較対象「{label}」の数値は0以上で入力してください。");
            }
            benchmarks.Add(new EffectBenchmark { Label = label, Population = b.Population, AreaKm2 = b.AreaKm2, Members = b.Members });
        }
        if (benchmarks.Count > 10)
        {
            rules.Add(nameof(Benchmarks), "比較対象は10件までです。");
        }
        rules.ThrowIfInvalid();
        (program.FirstFiscalYear, program.LastFiscalYear, program.LastAdoptionFiscalYear) = (FirstFiscalYear, LastFiscalYear, LastAdoptionFiscalYear);
        (program.CapPerMember, program.MaxSupportYears) = (CapPerMember, MaxSupportYears);
        (program.TypicalMinMembers, program.TypicalMaxMembers) = (TypicalMinMembers, TypicalMaxMembers);
        (program.Allocation, program.StatisticsYear, program.Benchmarks) = (Allocation, StatisticsYear, benchmarks);
    }
}
