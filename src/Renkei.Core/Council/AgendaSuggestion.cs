using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Council;

/// <summary>A suggested item: what the meeting usually takes up, from the themes' states.</summary>
public sealed record AgendaSuggestion(AgendaItemKind Kind, string Title, int ThemeId, int? PresenterOrganisationId);
