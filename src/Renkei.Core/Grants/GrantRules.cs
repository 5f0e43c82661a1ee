using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Grants;

/// <summary>The program's rules, pure so each is tested on its own; every refusal says what to change, in Japanese.</summary>
public static class GrantRules
{
    /// <summary>An area may start only within the program's years and not after the last year of new adoption.</summary>
    public static void CheckStart(TextRules rules, GrantProgram program, int startFiscalYear)
    {
        if (startFiscalYear < program.FirstFiscalYear)
        {
            rules.Add("StartFiscalYear", $"開始年度は事業の初年度（{Fy(program.FirstFiscalYear)}）以降にしてください。");
        }
        else if (startFiscalYear > program.LastAdoptionFiscalYear)
        {
            rules.Add("StartFiscalYear", $"新規採択は{Fy(program.LastAdoptionFiscalYear)}が最終年度です。{Fy(startFiscalYear)}に始まる連携地域は採択できません。");
        }
    }

    /// <summary>A grant only in the area's years of support: from its start, at most <see cref="GrantProgram.MaxSupportYears"/> fiscal years, within the program.</summary>
    public static void CheckSupportYear(TextRules rules, GrantProgram program, CollaborationArea area, int fiscalYear)
    {
        var last = program.LastSupportYearOf(area.StartFiscalYear);
        if (fiscalYear < area.StartFiscalYear)
        {
            rules.Add("FiscalYear", $"{area.Name}の支援は開始年度の{Fy(area.StartFiscalYear)}からです。");
        }
        else if (fiscalYear > last)
        {
            rules.Add("FiscalYear", fiscalYear > program.LastFiscalYear
                ? $"{program.Name}は{Fy(program.LastFiscalYear)}で終わります。{Fy(fiscalYear)}の交付はできません。"
                : $"支援期間は申請年度を含めて最大{program.MaxSupportYears}か年です。{area.Name}への交付は{Fy(last)}までです。");
        }
    }

    /// <summary>
    /// The awards: none negative; under the equal rule no member above the cap, under the flexible rule the area's total
    /// at most members × cap.
    /// </summary>
    public static void CheckAward(TextRules rules, GrantProgram program, IReadOnlyList<(string Member, long Amount)> awards)
    {
        foreach (var (member, amount) in awards.Where(a => a.Amount < 0))
        {
            rules.Add("Shares", $"{member}の交付決定額は0円以上で入力してください（{amount:N0}円）。");
        }
        if (program.Allocation == AllocationRule.EqualPerMember)
        {
            foreach (var (member, amount) in awards.Where(a => a.Amount > program.CapPerMember))
            {
                rules.Add("Shares", $"{member}の交付決定額 {amount:N0}円は上限（1市町村あたり {program.CapPerMember:N0}円）を超えています。");
            }
        }
        else
        {
            var total = awards.Sum(a => a.Amount);
            var limit = program.CapPerMember * awards.Count;
            if (total > limit)
            {
                rules.Add("Shares", $"交付決定額の合計 {total:N0}円は連携地域の上限（{awards.Count}市町村 × {program.CapPerMember:N0}円 = {limit:N0}円）を超えています。");
            }
        }
    }

    /// <summary>No member is paid more than it was awarded.</summary>
    public static void CheckDisbursement(TextRules rules, string member, long awarded, long alreadyPaid, long amount)
    {
        if (amount <= 0)
        {
            rules.Add("Amount", "交付額は1円以上で入力してください。");
        }
        else if (alreadyPaid + amount > awarded)
        {
            rules.Add("Amount", $"{member}への交付額の合計 {alreadyPaid + amount:N0}円が交付決定額 {awarded:N0}円を超えます（交付済 {alreadyPaid:N0}円、残り {awarded - alreadyPaid:N0}円）。");
        }
    }

    /// <summary>The 実績報告 covers the whole fiscal year, so it falls due after the year's last day.</summary>
    public static void CheckReportDue(TextRules rules, int fiscalYear, DateOnly? dueOn)
    {
        var last = new FiscalYear(fiscalYear).LastDay;
        if (dueOn is null)
        {
            rules.Add("ReportDueOn", "実績報告の期限を入力してください。");
        }
        else if (dueOn <= last)
        {
            rules.Add("ReportDueOn", $"実績報告の期限は交付年度の末日（{last:yyyy年M月d日}）より後の日にしてください。");
        }
    }

    /// <summary>What a member used cannot exceed what it was paid; the rest is returned.</summary>
    public static void CheckUsed(TextRules rules, string member, long disbursed, long used)
    {
        if (used < 0)
        {
            rules.Add("Shares", $"{member}の使用額は0円以上で入力してください。");
        }
        else if (used > disbursed)
        {
            rules.Add("Shares", $"{member}の使用額 {used:N0}円が交付額 {disbursed:N0}円を超えています。");
        }
    }

    /// <summary>Outside the typical size the program is still open to the area: a warning, not a refusal.</summary>
    public static string? SizeWarning(GrantProgram program, int members) =>
        members > 0 && (members < program.TypicalMinMembers || members > program.TypicalMaxMembers)
            ? $"構成市町村数 {members} は、この事業の想定（{program.TypicalMinMembers}～{program.TypicalMaxMembers}市町村）の範囲外です。"
            : null;

    /// <summary>The rows of a form by their key, refusing one named twice (a crafted request must get a message, not a crash).</summary>
    public static Dictionary<int, T> Once<T>(IEnumerable<T> rows, Func<T, int> key, string field, string what)
    {
        var list = rows.ToList();
        if (list.GroupBy(key).Any(g => g.Count() > 1))
        {
            throw new ValidationException(field, $"同じ{what}が2回入力されています。");
        }
        return list.ToDictionary(key);
    }

    private static string Fy(int year) => new FiscalYear(year).ToJapanese();
}
