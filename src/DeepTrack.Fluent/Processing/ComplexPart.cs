namespace DeepTrack.Fluent.Processing;

/// <summary>The real quantity <see cref="ComplexComponent"/> takes from each complex pixel.</summary>
public enum ComplexPart
{
    /// <summary>The real part.</summary>
    Real,

    /// <summary>The imaginary part.</summary>
    Imaginary,

    /// <summary>The modulus |z|.</summary>
    Magnitude,

    /// <summary>The argument, in (−π, π] radians.</summary>
    Phase,

    /// <summary>The squared modulus |z|² (e.g. intensity from a field).</summary>
    SquaredMagnitude,
}
