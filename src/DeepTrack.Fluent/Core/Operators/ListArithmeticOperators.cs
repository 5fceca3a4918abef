using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// Arithmetic on features whose output is a list of images (a repeat, a list of scatterers), image by image, as
/// DeepTrack 2.0 applies an operator to every image of a list: with a constant or a distribution on either side, or
/// with another list feature on the same input, pairing the images in order. Ground truth is kept.
/// </summary>
public static class ListArithmeticOperators
{
    extension<TIn, T>(Feature<TIn, IReadOnlyList<Image<T>>>)
        where T : unmanaged, INumberBase<T>
    {
        /// <summary>Every image of the list (op) a constant: <c>list + c</c>.</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator +(Feature<TIn, IReadOnlyList<Image<T>>> list, T c) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Add).WithOperand(c);

        /// <summary>A constant (op) every image of the list: <c>c + list</c>.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator +(T c, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Add).WithOperand(c);

        /// <summary>Every image of the list (op) a draw, one draw per image (each image is a replica).</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator +(Feature<TIn, IReadOnlyList<Image<T>>> list, Distribution<T> d) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Add).WithOperand(d);

        /// <summary>A draw (op) every image of the list, one draw per image.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator +(Distribution<T> d, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Add).WithOperand(d);

        /// <summary>Two lists image by image (a list of one image is used for every image of the other).</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The sum feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator +(Feature<TIn, IReadOnlyList<Image<T>>> a, Feature<TIn, IReadOnlyList<Image<T>>> b) => Pair(a, b, ArithmeticOperation.Add, static (x, y) => x + y);

        /// <summary>Every image of the list (op) a constant: <c>list - c</c>.</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator -(Feature<TIn, IReadOnlyList<Image<T>>> list, T c) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Subtract).WithOperand(c);

        /// <summary>A constant (op) every image of the list: <c>c - list</c>.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator -(T c, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.ReverseSubtract).WithOperand(c);

        /// <summary>Every image of the list (op) a draw, one draw per image (each image is a replica).</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator -(Feature<TIn, IReadOnlyList<Image<T>>> list, Distribution<T> d) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Subtract).WithOperand(d);

        /// <summary>A draw (op) every image of the list, one draw per image.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator -(Distribution<T> d, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.ReverseSubtract).WithOperand(d);

        /// <summary>Two lists image by image (a list of one image is used for every image of the other).</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The difference feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator -(Feature<TIn, IReadOnlyList<Image<T>>> a, Feature<TIn, IReadOnlyList<Image<T>>> b) => Pair(a, b, ArithmeticOperation.Subtract, static (x, y) => x - y);

        /// <summary>Every image of the list (op) a constant: <c>list * c</c>.</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator *(Feature<TIn, IReadOnlyList<Image<T>>> list, T c) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Multiply).WithOperand(c);

        /// <summary>A constant (op) every image of the list: <c>c * list</c>.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator *(T c, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Multiply).WithOperand(c);

        /// <summary>Every image of the list (op) a draw, one draw per image (each image is a replica).</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator *(Feature<TIn, IReadOnlyList<Image<T>>> list, Distribution<T> d) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Multiply).WithOperand(d);

        /// <summary>A draw (op) every image of the list, one draw per image.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator *(Distribution<T> d, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Multiply).WithOperand(d);

        /// <summary>Two lists image by image (a list of one image is used for every image of the other).</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The product feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator *(Feature<TIn, IReadOnlyList<Image<T>>> a, Feature<TIn, IReadOnlyList<Image<T>>> b) => Pair(a, b, ArithmeticOperation.Multiply, static (x, y) => x * y);

        /// <summary>Every image of the list (op) a constant: <c>list / c</c>.</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="c">The constant.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator /(Feature<TIn, IReadOnlyList<Image<T>>> list, T c) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Divide).WithOperand(c);

        /// <summary>A constant (op) every image of the list: <c>c / list</c>.</summary>
        /// <param name="c">The constant.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator /(T c, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.ReverseDivide).WithOperand(c);

        /// <summary>Every image of the list (op) a draw, one draw per image (each image is a replica).</summary>
        /// <param name="list">The list feature.</param>
        /// <param name="d">The distribution.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator /(Feature<TIn, IReadOnlyList<Image<T>>> list, Distribution<T> d) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.Divide).WithOperand(d);

        /// <summary>A draw (op) every image of the list, one draw per image.</summary>
        /// <param name="d">The distribution.</param>
        /// <param name="list">The list feature.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator /(Distribution<T> d, Feature<TIn, IReadOnlyList<Image<T>>> list) => list >> ImageArithmeticOperators.Op<T>(ArithmeticOperation.ReverseDivide).WithOperand(d);

        /// <summary>Two lists image by image (a list of one image is used for every image of the other).</summary>
        /// <param name="a">Left.</param>
        /// <param name="b">Right.</param>
        /// <returns>The quotient feature.</returns>
        public static Feature<TIn, IReadOnlyList<Image<T>>> operator /(Feature<TIn, IReadOnlyList<Image<T>>> a, Feature<TIn, IReadOnlyList<Image<T>>> b) => Pair(a, b, ArithmeticOperation.Divide, static (x, y) => x / y);
    }

    private static Feature<TIn, IReadOnlyList<Image<T>>> Pair<TIn, T>(Feature<TIn, IReadOnlyList<Image<T>>> a, Feature<TIn, IReadOnlyList<Image<T>>> b, ArithmeticOperation operation, Func<Image<T>, Image<T>, Image<T>> apply)
        where T : unmanaged, INumberBase<T>
        => new ArithmeticPair<TIn, IReadOnlyList<Image<T>>>(a, b, operation, (x, y) => Zip(x, y, operation, apply));

    /// <summary>The images of two lists combined in order; a list of one image is paired with every image of the other.</summary>
    private static IReadOnlyList<Image<T>> Zip<T>(IReadOnlyList<Image<T>> left, IReadOnlyList<Image<T>> right, ArithmeticOperation operation, Func<Image<T>, Image<T>, Image<T>> apply)
        where T : unmanaged, INumberBase<T>
    {
        if (left.Count != right.Count && left.Count != 1 && right.Count != 1)
        {
            throw new InvalidOperationException(
                $"{operation} of two lists pairs their images in order, so the lists must be as long as each other (or one must hold one image); they hold {left.Count} and {right.Count} images. Give both repeats the same count, or merge a list into one image first.");
        }

        int count = Math.Max(left.Count, right.Count);
        var result = new Image<T>[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = apply(left[left.Count == 1 ? 0 : i], right[right.Count == 1 ? 0 : i]);
        }

        return result;
    }
}
