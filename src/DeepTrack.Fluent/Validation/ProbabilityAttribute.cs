using System;

namespace DeepTrack.Fluent;

/// <summary>The property is a probability in [0, 1]. Checked for literals at compile time and for every resolved value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProbabilityAttribute : Attribute
{
}
