namespace Renkei.Core.Themes;

/// <summary>The seed's table of deployment methods: their framework, label, and the methods it names for them.</summary>
public static class ThemeCatalogue
{
    public static ThemeFramework FrameworkOf(this DeploymentMethod method) =>
        (int)method < 20 ? ThemeFramework.Autonomy : ThemeFramework.RegionalRevitalisation;

    public static readonly IReadOnlyDictionary<DeploymentMethod, CollaborationMethod[]> SuggestedMethods = new Dictionary<DeploymentMethod, CollaborationMethod[]>
    {
        [DeploymentMethod.FoundationSupport] = [CollaborationMethod.Advice, CollaborationMethod.StaffExchange, CollaborationMethod.Training],
        [DeploymentMethod.Efficiency] = [CollaborationMethod.SharedOperations, CollaborationMethod.WideAreaScheme],
        [DeploymentMethod.ResourceUse] = [CollaborationMethod.BudgetAndRoles, CollaborationMethod.Council, CollaborationMethod.Grants],
        [DeploymentMethod.Coordination] = [CollaborationMethod.Council, CollaborationMethod.StudyGroup, CollaborationMethod.Liaison, CollaborationMethod.Experts],
        [DeploymentMethod.Pioneering] = [CollaborationMethod.BudgetAndRoles, CollaborationMethod.NationalSchemes, CollaborationMethod.Experts],
    };

    public static string ToJapanese(this ThemeFramework framework) => framework switch
    {
        ThemeFramework.Autonomy => "I 市町村の自立的な行政運営の確保",
        ThemeFramework.RegionalRevitalisation => "II 「地域創生」「やまがた創生」の実現",
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    public static string ToJapanese(this DeploymentMethod method) => method switch
    {
        DeploymentMethod.FoundationSupport => "I-① 行政運営を支える基盤へのサポート",
        DeploymentMethod.Efficiency => "I-② 業務の効率化・事業効果の拡大",
        DeploymentMethod.ResourceUse => "II-① 県・市町村の資源等の効果的・総合的な活用",
        DeploymentMethod.Coordination => "II-② 施策や事業構築のコーディネート",
        DeploymentMethod.Pioneering => "II-③ 先導的な取組みの創出・展開",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static string ToJapanese(this CollaborationMethod method) => method switch
    {
        CollaborationMethod.Advice => "助言・支援",
        CollaborationMethod.StaffExchange => "交流派遣",
        CollaborationMethod.Training => "研修",
        CollaborationMethod.SharedOperations => "事務や施設等の共同化",
        CollaborationMethod.WideAreaScheme => "広域連携の仕組み",
        CollaborationMethod.BudgetAndRoles => "予算・役割分担",
        CollaborationMethod.Council => "協議会",
        CollaborationMethod.Grants => "補助金・交付金",
        CollaborationMethod.StudyGroup => "研究会",
        CollaborationMethod.Liaison => "関係機関との連絡調整",
        CollaborationMethod.Experts => "専門家派遣",
        CollaborationMethod.NationalSchemes => "国制度活用",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static string ToJapanese(this ThemeState state) => state switch
    {
        ThemeState.Candidate => "候補",
        ThemeState.Decided => "決定",
        ThemeState.Studying => "検討中",
        ThemeState.Budgeted => "予算化",
        ThemeState.InProgress => "実施中",
        ThemeState.Completed => "完了",
        ThemeState.Deferred => "見送り",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string ToJapanese(this TriageState state) => state switch
    {
        TriageState.Unreviewed => "未確認",
        TriageState.Reviewing => "確認中",
        TriageState.Themed => "テーマ化",
        TriageState.HandledLocally => "地域で対応",
        TriageState.Deferred => "見送り",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string ToJapanese(this ThemeScope scope) => scope switch
    {
        ThemeScope.Regional => "地域",
        ThemeScope.Prefectural => "全県",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    /// <summary>The one state that may follow, on the main path (見送り aside).</summary>
    public static ThemeState? Next(this ThemeState state) => state switch
    {
        ThemeState.Candidate => ThemeState.Decided,
        ThemeState.Decided => ThemeState.Studying,
        ThemeState.Studying => ThemeState.Budgeted,
        ThemeState.Budgeted => ThemeState.InProgress,
        ThemeState.InProgress => ThemeState.Completed,
        _ => null,
    };

    public static bool IsOpen(this ThemeState state) => state is not (ThemeState.Completed or ThemeState.Deferred);
}
