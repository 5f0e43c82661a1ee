using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data;

internal sealed class LocalGovernmentCodeConverter()
    : ValueConverter<LocalGovernmentCode, string>(code => code.Value, text => LocalGovernmentCode.Parse(text));
