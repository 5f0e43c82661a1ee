using Microsoft.AspNetCore.Mvc;

namespace Renkei.Web.Api;

/// <summary>
/// Japanese words for the problems the framework writes itself (404 of an unknown address, 405, 415, 401 of a
/// missing token…): any title or detail still in English is replaced by the wording for its status code.
/// </summary>
public static class ProblemWording
{
    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [400] = ("入力内容に誤りがあります", "送信された内容を読み取れませんでした。項目と形式を確認してください。"),
        [401] = ("サインインが必要です", "サインインしていないか、サインインの有効期限が切れました。もう一度サインインしてください。"),
        [403] = ("権限がありません", "この操作を行う権限がありません。"),
        [404] = ("見つかりません", "指定されたデータまたはアドレスが見つかりません。"),
        [405] = ("この操作はできません", "このアドレスではその操作（HTTP メソッド）を受け付けていません。"),
        [406] = ("この形式では返せません", "要求された形式では応答できません。"),
        [409] = ("更新が競合しました", "他の方が先に更新しました。最新の内容を読み込み直してから、もう一度操作してください。"),
        [413] = ("送信内容が大きすぎます", "送信された内容が大きすぎます。資料は1ファイル20 MBまで、その他の送信は1 MBまでです。"),
        [415] = ("送信形式が正しくありません", "送信形式（Content-Type）が正しくありません。JSON は application/json で送信してください。"),
        [429] = ("操作が多すぎます", "短い時間に多くの操作が行われました。しばらく待ってから、もう一度お試しください。"),
        [500] = ("システムエラー", "処理中に予期しないエラーが発生しました。時間をおいて再度お試しください。解決しない場合は管理者に traceId をお伝えください。"),
        [503] = ("一時的に利用できません", "データベースに接続できないため、一時的に処理できません。しばらくしてから自動的に再試行されます。"),
    };

    public static void Apply(ProblemDetails problem)
    {
        var status = problem.Status ?? 500;
        var (title, detail) = ByStatus.TryGetValue(status, out var words)
            ? words
            : (status >= 500 ? ByStatus[500] : ByStatus[400]);
        if (!IsJapanese(problem.Title))
        {
            problem.Title = title;
        }
        if (!IsJapanese(problem.Detail))
        {
            problem.Detail = detail;
        }
    }

    private static bool IsJapanese(string? text) => text is not null && text.Any(c => c >= '\u3000');
}
