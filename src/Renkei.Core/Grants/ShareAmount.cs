using Renkei.Core.Common;

namespace Renkei.Core.Grants;

public sealed record ShareAmount(int MunicipalityId, long Amount);
