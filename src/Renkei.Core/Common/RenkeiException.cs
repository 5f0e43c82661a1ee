namespace Renkei.Core.Common;

/// <summary>
/// Failures a user can act on. The UI shows <see cref="Exception.Message"/> (Japanese);
/// the API turns each into an RFC 7807 problem with the matching status code.
/// </summary>
public abstract class RenkeiException(string message) : Exception(message);
