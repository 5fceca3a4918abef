using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// Comparisons, floored modulo and floored division of image features, pixel by pixel, with a constant, a
/// distribution (drawn per sample) or another image feature on the same input. A comparison gives a mask of
/// 0 and 1 in the image's own pixel type (see docs/design.md: masks are numbers here, not booleans). Only
/// ordered pixel types compare: comparing complex images does not compile.
/// </summary>
public static class ImageComparisonOperators
{
    extension<TIn, T>(Feature<TIn, Image<T>>)
        where T : unmanaged, INumber<T>
    {
        /// <summary>1 where the pixel is above the constant, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.GreaterThan).WithOperand(c);

        /// <summary>1 where the pixel is below the constant, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.LessThan).WithOperand(c);

        /// <summary>1 where the pixel is at least the constant, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >=(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.GreaterThanOrEqual).WithOperand(c);

        /// <summary>1 where the pixel is at most the constant, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <=(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.LessThanOrEqual).WithOperand(c);

        /// <summary>1 where the constant is above the pixel, else 0.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.LessThan).WithOperand(c);

        /// <summary>1 where the constant is below the pixel, else 0.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.GreaterThan).WithOperand(c);

        /// <summary>1 where the constant is at least the pixel, else 0.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >=(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.LessThanOrEqual).WithOperand(c);

        /// <summary>1 where the constant is at most the pixel, else 0.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <=(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.GreaterThanOrEqual).WithOperand(c);

        /// <summary>1 where the pixel is above the draw, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.GreaterThan).WithOperand(d);

        /// <summary>1 where the pixel is below the draw, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.LessThan).WithOperand(d);

        /// <summary>1 where the pixel is at least the draw, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >=(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.GreaterThanOrEqual).WithOperand(d);

        /// <summary>1 where the pixel is at most the draw, else 0.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <=(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.LessThanOrEqual).WithOperand(d);

        /// <summary>1 where the left pixel is above the right one, else 0.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right, on the same input.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => Pair(a, b, ArithmeticOperation.GreaterThan);

        /// <summary>1 where the left pixel is below the right one, else 0.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right, on the same input.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => Pair(a, b, ArithmeticOperation.LessThan);

        /// <summary>1 where the left pixel is at least the right one, else 0.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right, on the same input.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator >=(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => Pair(a, b, ArithmeticOperation.GreaterThanOrEqual);

        /// <summary>1 where the left pixel is at most the right one, else 0.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right, on the same input.</param>
        /// <returns>The mask feature.</returns>
        public static Feature<TIn, Image<T>> operator <=(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => Pair(a, b, ArithmeticOperation.LessThanOrEqual);

        /// <summary>The floored remainder by a constant (the sign of the constant, as Python's <c>%</c>).</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The remainder feature.</returns>
        public static Feature<TIn, Image<T>> operator %(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.Modulo).WithOperand(c);

        /// <summary>The floored remainder of a constant by each pixel.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The remainder feature.</returns>
        public static Feature<TIn, Image<T>> operator %(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.ReverseModulo).WithOperand(c);

        /// <summary>The floored remainder by a draw.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The remainder feature.</returns>
        public static Feature<TIn, Image<T>> operator %(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.Modulo).WithOperand(d);

        /// <summary>The floored remainder of two features on the same input.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The remainder feature.</returns>
        public static Feature<TIn, Image<T>> operator %(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => Pair(a, b, ArithmeticOperation.Modulo);
    }

    extension<TIn, T>(Feature<TIn, Image<T>> feature)
        where T : unmanaged, INumber<T>
    {
        /// <summary>1 where the pixel equals <paramref name="value"/>, else 0 (C#'s <c>==</c> on features is identity, so this is a method).</summary>
        /// <param name="value">The value.</param>
        /// <returns>The mask feature.</returns>
        public Feature<TIn, Image<T>> EqualTo(T value) => feature >> Op<T>(ArithmeticOperation.EqualTo).WithOperand(value);

        /// <summary>1 where the pixel equals the feature's pixel on the same input, else 0.</summary>
        /// <param name="other">The other image feature.</param>
        /// <returns>The mask feature.</returns>
        public Feature<TIn, Image<T>> EqualTo(Feature<TIn, Image<T>> other) => Pair(feature, other, ArithmeticOperation.EqualTo);

        /// <summary>1 where the pixel differs from <paramref name="value"/>, else 0.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The mask feature.</returns>
        public Feature<TIn, Image<T>> NotEqualTo(T value) => feature >> Op<T>(ArithmeticOperation.NotEqualTo).WithOperand(value);

        /// <summary>1 where the pixel differs from the feature's pixel on the same input, else 0.</summary>
        /// <param name="other">The other image feature.</param>
        /// <returns>The mask feature.</returns>
        public Feature<TIn, Image<T>> NotEqualTo(Feature<TIn, Image<T>> other) => Pair(feature, other, ArithmeticOperation.NotEqualTo);

        /// <summary>⌊pixel ÷ <paramref name="value"/>⌋, Python's <c>//</c>.</summary>
        /// <param name="value">The divisor.</param>
        /// <returns>The quotient feature.</returns>
        public Feature<TIn, Image<T>> FloorDivide(T value) => feature >> Op<T>(ArithmeticOperation.FloorDivide).WithOperand(value);

        /// <summary>⌊pixel ÷ draw⌋.</summary>
        /// <param name="value">The distribution of the divisor.</param>
        /// <returns>The quotient feature.</returns>
        public Feature<TIn, Image<T>> FloorDivide(Distribution<T> value) => feature >> Op<T>(ArithmeticOperation.FloorDivide).WithOperand(value);

        /// <summary>⌊left pixel ÷ right pixel⌋ of two features on the same input.</summary>
        /// <param name="other">The divisor feature.</param>
        /// <returns>The quotient feature.</returns>
        public Feature<TIn, Image<T>> FloorDivide(Feature<TIn, Image<T>> other) => Pair(feature, other, ArithmeticOperation.FloorDivide);
    }

    private static Arithmetic<Image<T>, T> Op<T>(ArithmeticOperation operation)
        where T : unmanaged, INumber<T>
    {
        var function = Function<T>(operation);
        return new(operation, (x, c) => x.Map(p => function(p, c)));
    }

    private static Feature<TIn, Image<T>> Pair<TIn, T>(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b, ArithmeticOperation operation)
        where T : unmanaged, INumber<T>
    {
        var function = Function<T>(operation);
        return new ArithmeticPair<TIn, Image<T>>(a, b, operation, (x, y) => x.Combine(y, function));
    }

    private static System.Func<T, T, T> Function<T>(ArithmeticOperation operation)
        where T : unmanaged, INumber<T>
        => operation switch
        {
            ArithmeticOperation.GreaterThan => static (x, c) => x > c ? T.One : T.Zero,
            ArithmeticOperation.LessThan => static (x, c) => x < c ? T.One : T.Zero,
            ArithmeticOperation.GreaterThanOrEqual => static (x, c) => x >= c ? T.One : T.Zero,
            ArithmeticOperation.LessThanOrEqual => static (x, c) => x <= c ? T.One : T.Zero,
            ArithmeticOperation.EqualTo => static (x, c) => x == c ? T.One : T.Zero,
            ArithmeticOperation.NotEqualTo => static (x, c) => x != c ? T.One : T.Zero,
            ArithmeticOperation.Modulo => static (x, c) => FlooredModulo(x, c),
            ArithmeticOperation.ReverseModulo => static (x, c) => FlooredModulo(c, x),
            ArithmeticOperation.FloorDivide => static (x, c) => (x - FlooredModulo(x, c)) / c,
            _ => throw new System.ArgumentOutOfRangeException(nameof(operation), operation, "Not a comparison, modulo or floor division."),
        };

    /// <summary>x mod c with the sign of c (Python and NumPy), from C#'s truncated remainder.</summary>
    private static T FlooredModulo<T>(T x, T c)
        where T : unmanaged, INumber<T>
    {
        T r = x % c;
        return r != T.Zero && (T.IsNegative(r) != T.IsNegative(c)) ? r + c : r;
    }
}
