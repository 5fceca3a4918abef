using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The pipeline operators: <c>&gt;&gt;</c> (chain), <c>^</c> (repeat) and <c>&amp;</c> (combine). They only
/// compile when the types fit: <c>a &gt;&gt; b</c> needs <c>b</c>'s input type to be <c>a</c>'s output type.
/// </summary>
public static class FeatureOperators
{
    extension<TIn, TMid, TOut>(Feature<TIn, TMid>)
    {
        /// <summary>Chains two features: the output of <paramref name="first"/> is the input of <paramref name="second"/>.</summary>
        /// <param name="first">Runs first.</param>
        /// <param name="second">Runs on the output of <paramref name="first"/>.</param>
        /// <returns>The chain.</returns>
        public static Feature<TIn, TOut> operator >>(Feature<TIn, TMid> first, Feature<TMid, TOut> second)
            => new Chain<TIn, TMid, TOut>(first, second);
    }

    extension<TIn, T>(Feature<TIn, IReadOnlyList<T>>)
    {
        /// <summary>Applies an element transform to every element of a list ("transform-all").</summary>
        /// <param name="list">Produces the list.</param>
        /// <param name="transform">Applied to each element, as one replica per element.</param>
        /// <returns>The chain.</returns>
        public static Feature<TIn, IReadOnlyList<T>> operator >>(Feature<TIn, IReadOnlyList<T>> list, Feature<T, T> transform)
            => new Chain<TIn, IReadOnlyList<T>, IReadOnlyList<T>>(list, new ForEach<T>(transform));
    }

    extension<T>(Feature<T, T>)
    {
        /// <summary>Repeats a feature <paramref name="count"/> times, with independent draws per replica.</summary>
        /// <param name="feature">The feature.</param>
        /// <param name="count">The number of repetitions.</param>
        /// <returns>The repeat.</returns>
        public static Repeat<T> operator ^(Feature<T, T> feature, int count) => new Repeat<T>(feature).WithCount(count);

        /// <summary>Repeats a feature a number of times drawn per sample, with independent draws per replica.</summary>
        /// <param name="feature">The feature.</param>
        /// <param name="count">The distribution of the number of repetitions.</param>
        /// <returns>The repeat.</returns>
        public static Repeat<T> operator ^(Feature<T, T> feature, Distribution<int> count) => new Repeat<T>(feature).WithCount(count);
    }

    extension<TIn, TFirst, TSecond>(Feature<TIn, TFirst>)
    {
        /// <summary>Evaluates both features on the same input; shared upstream features are evaluated once.</summary>
        /// <param name="first">The first feature.</param>
        /// <param name="second">The second feature.</param>
        /// <returns>A feature whose output is the pair.</returns>
        public static Combine<TIn, TFirst, TSecond> operator &(Feature<TIn, TFirst> first, Feature<TIn, TSecond> second)
            => new(first, second);
    }

    extension<TIn, TFirst, TSecond, TThird>(Feature<TIn, (TFirst, TSecond)>)
    {
        /// <summary>Adds a third feature to a pair, giving a flat triple.</summary>
        /// <param name="pair">A combination of two features.</param>
        /// <param name="third">The third feature.</param>
        /// <returns>A feature whose output is the triple.</returns>
        public static Combine<TIn, TFirst, TSecond, TThird> operator &(Feature<TIn, (TFirst, TSecond)> pair, Feature<TIn, TThird> third)
            => pair is Combine<TIn, TFirst, TSecond> combine
                ? new(combine.First, combine.Second, third)
                : new(
                    pair >> new Lambda<(TFirst, TSecond), TFirst>(static (p, _) => p.Item1),
                    pair >> new Lambda<(TFirst, TSecond), TSecond>(static (p, _) => p.Item2),
                    third);
    }
}
