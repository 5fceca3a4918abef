namespace DeepTrack.Fluent.Processing;

/// <summary>A function applied to every pixel by <see cref="Elementwise{T}"/> (angles in radians).</summary>
public enum ElementwiseFunction
{
    /// <summary>Sine.</summary>
    Sin,

    /// <summary>Cosine.</summary>
    Cos,

    /// <summary>Tangent.</summary>
    Tan,

    /// <summary>Inverse sine.</summary>
    Asin,

    /// <summary>Inverse cosine.</summary>
    Acos,

    /// <summary>Inverse tangent.</summary>
    Atan,

    /// <summary>Hyperbolic sine.</summary>
    Sinh,

    /// <summary>Hyperbolic cosine.</summary>
    Cosh,

    /// <summary>Hyperbolic tangent.</summary>
    Tanh,

    /// <summary>Inverse hyperbolic sine.</summary>
    Asinh,

    /// <summary>Inverse hyperbolic cosine.</summary>
    Acosh,

    /// <summary>Inverse hyperbolic tangent.</summary>
    Atanh,

    /// <summary>Round to the nearest integer, ties to even (as numpy).</summary>
    Round,

    /// <summary>Round down.</summary>
    Floor,

    /// <summary>Round up.</summary>
    Ceiling,

    /// <summary>eˣ.</summary>
    Exp,

    /// <summary>Natural logarithm.</summary>
    Log,

    /// <summary>Base-10 logarithm.</summary>
    Log10,

    /// <summary>Base-2 logarithm.</summary>
    Log2,

    /// <summary>Square root.</summary>
    Sqrt,

    /// <summary>x².</summary>
    Square,

    /// <summary>|x|.</summary>
    Abs,

    /// <summary>−1, 0 or +1 by the sign of x (±0 and NaN are returned unchanged).</summary>
    Sign,
}
