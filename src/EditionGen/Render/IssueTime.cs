using System.Collections.Concurrent;
using System.Globalization;

namespace EditionGen.Render;

/// <summary>When an issue appeared, for feeds and structured data: midnight of its day in the edition's time zone.</summary>
internal static class IssueTime
{
    // Looking a zone up takes a lock shared by every thread; a build asks for one zone thousands of times.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    /// <summary>An ISO 8601 timestamp with the zone's offset, such as <c>2023-05-30T00:00:00+08:00</c>; no wall clock, so builds repeat.</summary>
    public static string Midnight(DateOnly date, string timezone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = Zones.GetOrAdd(timezone, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null) is { } zone
            ? zone.GetUtcOffset(midnight)
            : TimeSpan.Zero;
        return new DateTimeOffset(midnight, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
