using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// Arithmetic of an image feature with a number-valued feature on either side, e.g.
/// <c>optics * Feature.Property(sphere, s =&gt; s.Intensity)</c> (see <see cref="NumberOperand{TIn, T}"/>).
/// </summary>
public static class ImageNumberOperators
{
    extension<TIn, T>(Feature<TIn, Image<T>>)
        where T : unmanaged, INumberBase<T>
    {
        /// <summary>Adds a number feature's output to every pixel.</summary>
        /// <param name="f">The image feature.</param>
        /// <param name="n">The number feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Feature<TIn, Image<T>> f, Feature<NoInput, T> n) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Add);

        /// <summary>Adds every pixel to a number feature's output.</summary>
        /// <param name="n">The number feature.</param>
        /// <param name="f">The image feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Feature<NoInput, T> n, Feature<TIn, Image<T>> f) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Add);

        /// <summary>Subtracts a number feature's output from every pixel.</summary>
        /// <param name="f">The image feature.</param>
        /// <param name="n">The number feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Feature<TIn, Image<T>> f, Feature<NoInput, T> n) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Subtract);

        /// <summary>Subtracts every pixel from a number feature's output.</summary>
        /// <param name="n">The number feature.</param>
        /// <param name="f">The image feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Feature<NoInput, T> n, Feature<TIn, Image<T>> f) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.ReverseSubtract);

        /// <summary>Multiplies every pixel by a number feature's output.</summary>
        /// <param name="f">The image feature.</param>
        /// <param name="n">The number feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Feature<TIn, Image<T>> f, Feature<NoInput, T> n) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Multiply);

        /// <summary>Multiplies a number feature's output by every pixel.</summary>
        /// <param name="n">The number feature.</param>
        /// <param name="f">The image feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Feature<NoInput, T> n, Feature<TIn, Image<T>> f) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Multiply);

        /// <summary>Divides every pixel by a number feature's output.</summary>
        /// <param name="f">The image feature.</param>
        /// <param name="n">The number feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Feature<TIn, Image<T>> f, Feature<NoInput, T> n) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.Divide);

        /// <summary>Divides a number feature's output by every pixel.</summary>
        /// <param name="n">The number feature.</param>
        /// <param name="f">The image feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Feature<NoInput, T> n, Feature<TIn, Image<T>> f) => new NumberOperand<TIn, T>(f, n, ArithmeticOperation.ReverseDivide);
    }
}
