namespace Renkei.Core.Common;

/// <summary>
/// Failures a user can act on. The UI shows <see cref="Exception.Message"/> (Japanese);
/// the API turns each into an RFC 7807 problem with the matching status code.
/// </summary>
public abstract class RenkeiException(string message) : Exception(message);

/// <summary>The thing does not exist — or belongs to another prefecture, which must look the same.</summary>
public sealed class NotFoundException(string message = "指定されたデータが見つかりません。") : RenkeiException(message);

/// <summary>The thing exists and is visible, but this actor may not do that to it.</summary>
public sealed class ForbiddenException(string message = "この操作を行う権限がありません。") : RenkeiException(message);

/// <summary>Someone else saved a newer version first.</summary>
public sealed class ConflictException(string message = "他の方が先に更新しました。最新の内容を読み込み直してから、もう一度操作してください。")
    : RenkeiException(message);

/// <summary>Input that breaks a rule; <see cref="Errors"/> names the fields.</summary>
public sealed class ValidationException : RenkeiException
{
    public ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value))) => Errors = errors;

    public ValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
