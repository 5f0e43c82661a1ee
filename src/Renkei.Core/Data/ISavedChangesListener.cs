namespace Renkei.Core.Data;

/// <summary>Told which kinds of rows a save changed, once it is committed (a cache then drops what it holds of them).</summary>
public interface ISavedChangesListener
{
    ValueTask SavedAsync(IReadOnlySet<Type> changed, CancellationToken cancellationToken);
}
