using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// Powers of image features, pixel by pixel (C# has no <c>**</c>, and <c>^</c> repeats a feature): with a constant,
/// a distribution drawn per sample, or another image feature on the same input as the exponent.
/// </summary>
public static class ImagePowerOperators
{
    extension<TIn, T>(Feature<TIn, Image<T>> feature)
        where T : unmanaged, INumberBase<T>, IPowerFunctions<T>
    {
        /// <summary>Each pixel to the power <paramref name="exponent"/>.</summary>
        /// <param name="exponent">The exponent.</param>
        /// <returns>The power feature.</returns>
        public Feature<TIn, Image<T>> Pow(T exponent) => feature >> Op<T>(ArithmeticOperation.Power).WithOperand(exponent);

        /// <summary>Each pixel to the power of a draw.</summary>
        /// <param name="exponent">The distribution of the exponent.</param>
        /// <returns>The power feature.</returns>
        public Feature<TIn, Image<T>> Pow(Distribution<T> exponent) => feature >> Op<T>(ArithmeticOperation.Power).WithOperand(exponent);

        /// <summary>Each pixel to the power of the other feature's pixel on the same input.</summary>
        /// <param name="exponent">The exponent feature.</param>
        /// <returns>The power feature.</returns>
        public Feature<TIn, Image<T>> Pow(Feature<TIn, Image<T>> exponent)
            => new ArithmeticPair<TIn, Image<T>>(feature, exponent, ArithmeticOperation.Power, static (x, y) => x.Combine(y, T.Pow));

        /// <summary><paramref name="value"/> to the power of each pixel.</summary>
        /// <param name="value">The base.</param>
        /// <returns>The power feature.</returns>
        public Feature<TIn, Image<T>> PowerOf(T value) => feature >> Op<T>(ArithmeticOperation.ReversePower).WithOperand(value);
    }

    private static Arithmetic<Image<T>, T> Op<T>(ArithmeticOperation operation)
        where T : unmanaged, INumberBase<T>, IPowerFunctions<T>
        => new(operation, operation == ArithmeticOperation.Power
            ? static (x, c) => x.Map(p => T.Pow(p, c))
            : static (x, c) => x.Map(p => T.Pow(c, p)));
}
