namespace Renkei.Web.Hosting;

/// <summary>The portal cannot start for a reason the operator can fix; the message says how.</summary>
public sealed class HostingSetupException(string message, Exception? inner = null) : Exception(message, inner);
