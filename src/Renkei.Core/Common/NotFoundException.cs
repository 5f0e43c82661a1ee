namespace Renkei.Core.Common;

/// <summary>The thing does not exist — or belongs to another prefecture, which must look the same.</summary>
public sealed class NotFoundException(string message = "指定されたデータが見つかりません。") : RenkeiException(message);
