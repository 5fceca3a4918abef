using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>Where a declaration is, as plain values (a <see cref="Location"/> would keep the syntax tree alive).</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Span">The character span.</param>
/// <param name="LineSpan">The line and column span.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan) : IEquatable<LocationInfo>
{
    /// <summary>Captures a location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The plain values, or null for a location outside source.</returns>
    public static LocationInfo? From(Location location)
        => location.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    /// <summary>Recreates the location for a diagnostic.</summary>
    /// <returns>The location.</returns>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
