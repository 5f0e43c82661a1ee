using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Council;

public sealed record AgendaItemInput(AgendaItemKind Kind, string? Title, int? PresenterOrganisationId, int[]? ThemeIds);
