namespace Renkei.Core.Auditing;

/// <summary>Entities whose every change is written to the audit log.</summary>
public interface IAudited;
