using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// Pixel-wise arithmetic on features whose output is an <see cref="Image{T}"/>: with a constant, a distribution
/// (drawn per sample) or another image feature on the same input, on either side. Ground truth is kept.
/// </summary>
public static class ImageArithmeticOperators
{
    extension<TIn, T>(Feature<TIn, Image<T>>)
        where T : unmanaged, INumberBase<T>
    {
        /// <summary>Adds a constant.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.Add).WithOperand(c);

        /// <summary>Adds to a constant.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.Add).WithOperand(c);

        /// <summary>Adds a draw.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.Add).WithOperand(d);

        /// <summary>Adds to a draw.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Distribution<T> d, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.Add).WithOperand(d);

        /// <summary>Adds two features evaluated on the same input.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, Image<T>> operator +(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => new ArithmeticPair<TIn, Image<T>>(a, b, ArithmeticOperation.Add, static (x, y) => x + y);

        /// <summary>Subtracts a constant.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.Subtract).WithOperand(c);

        /// <summary>Subtracts from a constant.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.ReverseSubtract).WithOperand(c);

        /// <summary>Subtracts a draw.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.Subtract).WithOperand(d);

        /// <summary>Subtracts from a draw.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Distribution<T> d, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.ReverseSubtract).WithOperand(d);

        /// <summary>Subtracts two features evaluated on the same input.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, Image<T>> operator -(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => new ArithmeticPair<TIn, Image<T>>(a, b, ArithmeticOperation.Subtract, static (x, y) => x - y);

        /// <summary>Multiplies by a constant.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.Multiply).WithOperand(c);

        /// <summary>Multiplies a constant.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.Multiply).WithOperand(c);

        /// <summary>Multiplies by a draw.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.Multiply).WithOperand(d);

        /// <summary>Multiplies a draw.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Distribution<T> d, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.Multiply).WithOperand(d);

        /// <summary>Multiplies two features evaluated on the same input.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, Image<T>> operator *(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => new ArithmeticPair<TIn, Image<T>>(a, b, ArithmeticOperation.Multiply, static (x, y) => x * y);

        /// <summary>Divides by a constant.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Feature<TIn, Image<T>> f, T c) => f >> Op<T>(ArithmeticOperation.Divide).WithOperand(c);

        /// <summary>Divides a constant.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(T c, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.ReverseDivide).WithOperand(c);

        /// <summary>Divides by a draw.</summary>
        /// <param name="f">The feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Feature<TIn, Image<T>> f, Distribution<T> d) => f >> Op<T>(ArithmeticOperation.Divide).WithOperand(d);

        /// <summary>Divides a draw.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="f">The feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Distribution<T> d, Feature<TIn, Image<T>> f) => f >> Op<T>(ArithmeticOperation.ReverseDivide).WithOperand(d);

        /// <summary>Divides two features evaluated on the same input.</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, Image<T>> operator /(Feature<TIn, Image<T>> a, Feature<TIn, Image<T>> b) => new ArithmeticPair<TIn, Image<T>>(a, b, ArithmeticOperation.Divide, static (x, y) => x / y);
    }

    internal static Arithmetic<Image<T>, T> Op<T>(ArithmeticOperation operation)
        where T : unmanaged, INumberBase<T>
        => new(operation, WithNumber<T>(operation));

    /// <summary>image (op) number for the six arithmetic operations (the reverse ones put the number on the left).</summary>
    /// <typeparam name="T">Pixel type.</typeparam>
    /// <param name="operation">Add, Subtract, ReverseSubtract, Multiply, Divide or ReverseDivide.</param>
    /// <returns>The operation.</returns>
    internal static System.Func<Image<T>, T, Image<T>> WithNumber<T>(ArithmeticOperation operation)
        where T : unmanaged, INumberBase<T>
        => operation switch
        {
            ArithmeticOperation.Add => static (x, c) => x + c,
            ArithmeticOperation.Subtract => static (x, c) => x - c,
            ArithmeticOperation.ReverseSubtract => static (x, c) => c - x,
            ArithmeticOperation.Multiply => static (x, c) => x * c,
            ArithmeticOperation.Divide => static (x, c) => x / c,
            _ => static (x, c) => c / x,
        };
}
