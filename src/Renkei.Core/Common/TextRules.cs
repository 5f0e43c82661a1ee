namespace Renkei.Core.Common;

/// <summary>Small checks shared by every form: required, length, no control characters.</summary>
public sealed class TextRules
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public string? Optional(string field, string label, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > maxLength)
        {
            Add(field, $"{label}は{maxLength}文字以内で入力してください（現在 {text.Length} 文字）。");
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, $"{label}に使用できない制御文字が含まれています。");
        }
        return text;
    }

    public string Required(string field, string label, string? value, int maxLength)
    {
        var text = Optional(field, label, value, maxLength);
        if (text is null)
        {
            Add(field, $"{label}を入力してください。");
        }
        return text ?? "";
    }

    /// <summary>An optional web address: only http(s), since a <c>javascript:</c> or <c>file:</c> link would run or leak on the reader's machine.</summary>
    public string? WebAddress(string field, string label, string? value)
    {
        var text = Optional(field, label, value, 1000);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            Add(field, $"{label}は http:// または https:// で始まるアドレスを入力してください。");
        }
        return text;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public bool HasErrors => _errors.Count > 0;

    public IEnumerable<string> Messages => _errors.Values.SelectMany(m => m);

    public void ThrowIfInvalid()
    {
        if (HasErrors)
        {
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
