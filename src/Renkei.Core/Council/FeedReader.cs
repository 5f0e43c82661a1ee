using Renkei.Core.Accounts;

namespace Renkei.Core.Council;

/// <summary>Who reads a calendar feed by its secret address: the user, as whom it is read, and the language they chose.</summary>
public sealed record FeedReader(Actor Actor, string? Language);
