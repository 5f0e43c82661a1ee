namespace Renkei.Core.Common;

/// <summary>Someone else saved a newer version first.</summary>
public sealed class ConflictException(string message = "他の方が先に更新しました。最新の内容を読み込み直してから、もう一度操作してください。")
    : RenkeiException(message);
