using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learn.Core.Storage;

/// <summary>Stores instants as UTC ticks: sortable and comparable on SQLite and PostgreSQL alike.</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
