namespace DeepTrack.Fluent.Declarations;

/// <summary>
/// One validation attribute with fixed bounds (<c>[Positive]</c>, <c>[NonNegative]</c>, <c>[Probability]</c>,
/// <c>[Wavelength]</c>): its name, the interval it allows and the wording of a violation. Every rule implies a
/// finite value. Declared once in <see cref="ValidationCatalogue"/>.
/// </summary>
internal sealed class ValidationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The attribute's name without "Attribute"; also the name of the runtime check.</param>
    /// <param name="minimum">The lower bound (metres for a length).</param>
    /// <param name="minimumInclusive">Whether the lower bound itself is allowed.</param>
    /// <param name="maximum">The upper bound (metres for a length).</param>
    /// <param name="maximumInclusive">Whether the upper bound itself is allowed.</param>
    /// <param name="appliesToLength">Whether the attribute may mark a <c>Length</c> property (numbers always may).</param>
    /// <param name="requirement">What an allowed value must satisfy, phrased to follow "Value x".</param>
    public ValidationRule(string name, double minimum, bool minimumInclusive, double maximum, bool maximumInclusive, bool appliesToLength, string requirement)
    {
        Name = name;
        Minimum = minimum;
        MinimumInclusive = minimumInclusive;
        Maximum = maximum;
        MaximumInclusive = maximumInclusive;
        AppliesToLength = appliesToLength;
        Requirement = requirement;
    }

    /// <summary>The attribute's name without "Attribute", e.g. "Positive"; the runtime check has the same name.</summary>
    public string Name { get; }

    /// <summary>The attribute's metadata name, e.g. "DeepTrack.Fluent.PositiveAttribute".</summary>
    public string AttributeMetadataName => ValidationCatalogue.MetadataName(Name);

    /// <summary>The lower bound (metres for a length).</summary>
    public double Minimum { get; }

    /// <summary>Whether <see cref="Minimum"/> itself is allowed.</summary>
    public bool MinimumInclusive { get; }

    /// <summary>The upper bound (metres for a length).</summary>
    public double Maximum { get; }

    /// <summary>Whether <see cref="Maximum"/> itself is allowed.</summary>
    public bool MaximumInclusive { get; }

    /// <summary>Whether the attribute may mark a <c>Length</c> property.</summary>
    public bool AppliesToLength { get; }

    /// <summary>What an allowed value must satisfy, e.g. "must be finite and &gt; 0".</summary>
    public string Requirement { get; }

    /// <summary>Whether <paramref name="value"/> is finite and inside the bounds.</summary>
    /// <param name="value">The value (metres for a length).</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(double value) => Allows(value, Minimum, MinimumInclusive, Maximum, MaximumInclusive);

    /// <summary>
    /// Whether every draw of a continuous distribution over [<paramref name="low"/>, <paramref name="high"/>] is
    /// allowed (an open bound is reached with probability zero, so only the interval's ends are compared).
    /// </summary>
    /// <param name="low">The smallest possible draw.</param>
    /// <param name="high">The largest possible draw.</param>
    /// <returns>True when allowed.</returns>
    public bool AllowsDraws(double low, double high) => low >= Minimum && high <= Maximum;

    /// <summary>Whether <paramref name="value"/> is finite and inside the given bounds.</summary>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The lower bound.</param>
    /// <param name="minimumInclusive">Whether the lower bound is allowed.</param>
    /// <param name="maximum">The upper bound.</param>
    /// <param name="maximumInclusive">Whether the upper bound is allowed.</param>
    /// <returns>True when allowed.</returns>
    public static bool Allows(double value, double minimum, bool minimumInclusive, double maximum, bool maximumInclusive)
        => !double.IsNaN(value) && !double.IsInfinity(value)
            && (minimumInclusive ? value >= minimum : value > minimum)
            && (maximumInclusive ? value <= maximum : value < maximum);
}
