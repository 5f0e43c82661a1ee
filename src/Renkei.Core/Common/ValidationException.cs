namespace Renkei.Core.Common;

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
