using System;

namespace DeepTrack.Fluent;

/// <summary>The property must be &gt; 0 (numbers, or the metres of a <see cref="Length"/>). Checked for literals at compile time and for every resolved value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PositiveAttribute : Attribute
{
}
