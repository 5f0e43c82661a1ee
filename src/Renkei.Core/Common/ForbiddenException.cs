namespace Renkei.Core.Common;

/// <summary>The thing exists and is visible, but this actor may not do that to it.</summary>
public sealed class ForbiddenException(string message = "この操作を行う権限がありません。") : RenkeiException(message);
