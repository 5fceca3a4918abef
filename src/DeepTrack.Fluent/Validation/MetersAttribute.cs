using System;

namespace DeepTrack.Fluent;

/// <summary>
/// A <c>double</c> property whose value is a length in metres. Literals that look like another unit
/// (for example 633 for a wavelength, or 0.5 for a radius meant in micrometres) are flagged at compile
/// time; prefer a <see cref="Length"/> property, which makes the unit part of the type.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MetersAttribute : Attribute
{
}
