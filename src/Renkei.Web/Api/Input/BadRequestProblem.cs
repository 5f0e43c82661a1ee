using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Renkei.Web.Api.Input;

/// <summary>
/// A request the framework could not bind, told in Japanese and naming the field: the JSON path of a bad value,
/// the properties a body lacks, or the query or route parameter that did not convert.
/// </summary>
public static partial class BadRequestProblem
{
    public const string Title = "入力内容に誤りがあります";

    public static HttpValidationProblemDetails From(BadHttpRequestException bad)
    {
        var errors = new Dictionary<string, string[]>();
        if (bad.SelfAndInner().Skip(1).OfType<JsonException>().FirstOrDefault() is { } json)
        {
            if (MissingProperties().Match(json.Message) is { Success: true } missing)
            {
                foreach (Match name in QuotedName().Matches(missing.Groups[1].Value))
                {
                    errors[name.Groups[1].Value] = ["この項目は必須です。"];
                }
            }
            else
            {
                var field = FieldOf(json.Path);
                errors[field] = [field == "body" ? "JSON として読み取れませんでした。" : "値の形式が正しくありません。"];
            }
        }
        else if (Parameter().Match(bad.Message) is { Success: true } parameter)
        {
            errors[parameter.Groups["name"].Value] = [bad.Message.StartsWith("Required", StringComparison.Ordinal) ? "この項目は必須です。" : "値の形式が正しくありません。"];
        }
        else if (bad.Message.Contains("body was not provided", StringComparison.OrdinalIgnoreCase) || bad.Message.Contains("empty body", StringComparison.OrdinalIgnoreCase))
        {
            errors["body"] = ["送信内容（JSON）がありません。"];
        }
        var detail = errors.Count == 0
            ? "送信された内容を読み取れませんでした。JSON の形式と項目の型を確認してください。"
            : string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        return new HttpValidationProblemDetails(errors) { Status = bad.StatusCode, Title = Title, Detail = detail };
    }

    /// <summary>$.budgetNotes[0].note → budgetNotes[0].note; the whole body → body.</summary>
    private static string FieldOf(string? path) => path is null or "$" or "" ? "body" : path.TrimStart('$').TrimStart('.');

    [GeneratedRegex("missing required properties including: (.*)")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex Parameter();
}
