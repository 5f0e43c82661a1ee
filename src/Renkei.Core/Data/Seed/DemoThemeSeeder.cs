using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The seed's example themes (県・市町村連携推進方針 2018), linked to plausible needs of the 2017 survey,
/// each with a history that got it where it stands. Development demo data only.
/// </summary>
public sealed class DemoThemeSeeder(RenkeiDbContext db)
{
    private sealed record Example(
        string Title, string Summary, DeploymentMethod Method, CollaborationMethod[] Methods, ThemeScope Scope, string? Owner, string Lead,
        ThemeState State, string CategoryStart, string? TitleContains, int Needs, string? StudyBody, string? ExtraParticipant = null);

    private static readonly Example[] Examples =
    [
        new("若者移住", "若者の移住・定着に向け、県と市町村が相談窓口・情報発信・住まい（空き家）を一体で進める。", DeploymentMethod.Pioneering,
            [CollaborationMethod.BudgetAndRoles, CollaborationMethod.NationalSchemes], ThemeScope.Prefectural, null, "企画振興部 企画調整課",
            ThemeState.InProgress, "若者", null, 6, "若者移住推進ワーキングチーム"),
        new("離島振興（飛島）", "県、酒田市、とびしま未来協議会等が「観光交流」「産業振興」「安全・安心」「移住定住」の4分野で飛島の振興策を検討する。", DeploymentMethod.Coordination,
            [CollaborationMethod.Council, CollaborationMethod.Liaison], ThemeScope.Prefectural, null, "企画振興部 企画調整課",
            ThemeState.Studying, "離島", null, 1, "とびしま未来協議会", ExtraParticipant: "酒田市"),
        new("買い物支援", "住民ニーズを起点に、商業・福祉・地域交通を横断したモデル事業への支援のあり方を検討する。", DeploymentMethod.Pioneering,
            [CollaborationMethod.BudgetAndRoles, CollaborationMethod.Council], ThemeScope.Prefectural, null, "商工労働部 産業政策課",
            ThemeState.Budgeted, "買い物", null, 5, "買い物支援モデル事業検討会"),
        new("専門・技術的分野の支援", "専門技術職員が不足する町村等へ、県が助言・支援を行い、人事交流で人材育成を支援する。", DeploymentMethod.FoundationSupport,
            [CollaborationMethod.Advice, CollaborationMethod.StaffExchange], ThemeScope.Prefectural, null, "県土整備部 管理課",
            ThemeState.InProgress, "専門的", "技術", 5, null),
        new("市町村の情報システムの運用支援", "情報システムの共同利用と運用を支える人材の育成を、県が助言・研修で支援する。", DeploymentMethod.FoundationSupport,
            [CollaborationMethod.Advice, CollaborationMethod.Training], ThemeScope.Prefectural, null, "企画振興部 市町村課",
            ThemeState.Studying, "その他（職員", "電算", 4, "情報システム研究会"),
        new("水道事業のあり方検討", "人口減少と施設の老朽化を踏まえ、水道事業の広域化・業務の共同化のあり方を検討の場で議論する。", DeploymentMethod.FoundationSupport,
            [CollaborationMethod.Advice], ThemeScope.Prefectural, null, "企業局 総務企画課",
            ThemeState.Decided, "水道", null, 6, "水道事業広域連携検討会"),
        new("個人住民税の共同催告", "最上地域の町村が個人住民税の催告を共同で行い、収納率の向上と事務の効率化を図る。", DeploymentMethod.Efficiency,
            [CollaborationMethod.SharedOperations], ThemeScope.Regional, "最上総合支庁 総務企画部総務課連携支援室", "企画振興部 市町村課",
            ThemeState.Completed, "専門的", "税", 3, "最上地域税務連絡会"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefectureId = await db.Prefectures.Where(p => p.Code == YamagataReferenceData.PrefectureCode).Select(p => p.Id).SingleAsync(cancellationToken);
        if (await db.Themes.AnyAsync(t => t.PrefectureId == prefectureId, cancellationToken))
        {
            return;
        }
        var survey = await db.NeedsSurveys.SingleOrDefaultAsync(s => s.PrefectureId == prefectureId && s.FiscalYear == DemoSurveySeeder.FiscalYear, cancellationToken);
        if (survey is null)
        {
            return;
        }
        var organisations = await db.Organisations.Where(o => o.PrefectureId == prefectureId).ToDictionaryAsync(o => o.Name, cancellationToken);
        var secretariat = organisations[YamagataReferenceData.SecretariatName];
        var needs = await db.NeedItems
            .Where(i => i.Response.SurveyId == survey.Id && i.Response.Group == RespondentGroup.Municipal)
            .Select(i => new { i.Id, i.Title, i.Category.Label, i.Response.OrganisationId, SupportOfficeId = db.Municipalities.Where(m => m.Id == i.Response.OrganisationId).Select(m => m.SupportOfficeId).First() })
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var taken = new HashSet<int>();

        for (var e = 0; e < Examples.Length; e++)
        {
            var example = Examples[e];
            var owner = example.Owner is null ? secretariat : organisations[example.Owner];
            var picked = needs
                .Where(n => !taken.Contains(n.Id) && n.Label.StartsWith(example.CategoryStart, StringComparison.Ordinal)
                    && (example.TitleContains is null || n.Title.Contains(example.TitleContains, StringComparison.Ordinal))
                    && (example.Scope == ThemeScope.Prefectural || n.SupportOfficeId == owner.Id))
                .GroupBy(n => n.OrganisationId).Select(g => g.First()) // one need per municipality
                .Take(example.Needs)
                .ToList();
            taken.UnionWith(picked.Select(n => n.Id));
            var participantIds = picked.Select(n => n.OrganisationId).ToHashSet();
            if (example.ExtraParticipant is { } extra)
            {
                participantIds.Add(organisations[extra].Id);
            }

            var started = new DateTimeOffset(2017, 7, 10 + e, 1, 0, 0, TimeSpan.Zero);
            var theme = new CollaborationTheme
            {
                PrefectureId = prefectureId, Title = example.Title, Summary = example.Summary, DeploymentMethod = example.Method, Methods = example.Methods,
                Scope = example.Scope, OwnerOrganisationId = owner.Id, LeadDepartmentId = organisations[example.Lead].Id, StudyBody = example.StudyBody,
                State = example.State, CreatedAt = started, StateChangedAt = started,
                Participants = await db.Municipalities.Where(m => participantIds.Contains(m.Id)).ToListAsync(cancellationToken),
            };
            theme.Transitions.Add(new ThemeTransition { To = ThemeState.Candidate, At = started, Reason = $"平成29年度ニーズ調査の回答{picked.Count}件から候補を作成" });
            var at = started;
            for (var state = ThemeState.Candidate; state != example.State && state.Next() is { } next; state = next)
            {
                at = next == ThemeState.Decided ? new DateTimeOffset(2018, 7, 20, 1, 0, 0, TimeSpan.Zero) : at.AddMonths(4);
                var council = next == ThemeState.Decided && example.Scope == ThemeScope.Prefectural;
                theme.Transitions.Add(new ThemeTransition
                {
                    From = state, To = next, At = at, Reason = Reasons[next],
                    DecisionText = council ? "平成30年度第1回県・市町村連携推進会議において、新たな連携テーマとして決定。" : null,
                    DecisionDate = council ? new DateOnly(2018, 7, 20) : null,
                });
                theme.StateChangedAt = at;
            }
            if (example.State is ThemeState.Budgeted or ThemeState.InProgress or ThemeState.Completed)
            {
                theme.BudgetNotes.Add(new ThemeBudgetNote { FiscalYear = 2019, Note = "県・関係市町村の当初予算に関連事業を計上" });
            }
            if (example.State == ThemeState.Completed)
            {
                theme.Outcome = "共同催告の実施により、参加市町の個人住民税の収納率が向上した。手順書を他地域へ横展開する。";
            }
            db.Themes.Add(theme);
            await db.SaveAsync(cancellationToken);
            foreach (var need in picked)
            {
                db.NeedTriage.Add(new NeedTriage { NeedItemId = need.Id, State = TriageState.Themed, ThemeId = theme.Id, UpdatedAt = started });
            }
        }
        await db.SaveAsync(cancellationToken);
    }

    private static readonly Dictionary<ThemeState, string> Reasons = new()
    {
        [ThemeState.Decided] = "連携推進会議で決定",
        [ThemeState.Studying] = "検討の場を設置し、具体的な連携方策の検討を開始",
        [ThemeState.Budgeted] = "県・市町村で予算計上",
        [ThemeState.InProgress] = "事業を開始",
        [ThemeState.Completed] = "所期の成果を得て取組みを完了",
    };
}
