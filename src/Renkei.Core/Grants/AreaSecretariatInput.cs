using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record AreaSecretariatInput(int FiscalYear, int MunicipalityId, string? Note);
