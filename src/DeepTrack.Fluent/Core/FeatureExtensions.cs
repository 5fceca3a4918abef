using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>Building pipelines from features, and structural helpers written as methods.</summary>
public static class FeatureExtensions
{
    extension<TOut>(Feature<NoInput, TOut> feature)
    {
        /// <summary>Makes the feature ready to evaluate, with every draw determined by <paramref name="seed"/>.</summary>
        /// <param name="seed">The seed.</param>
        /// <param name="environment">The FFT backend and cache (null: a new default environment, see <see cref="SimulationEnvironment"/>).</param>
        /// <returns>The pipeline.</returns>
        public Pipeline<NoInput, TOut> Build(ulong seed = 0, SimulationEnvironment? environment = null) => new(feature, seed, NoInput.Value, environment);
    }

    extension<T, TOut>(Feature<IReadOnlyList<T>, TOut> feature)
    {
        /// <summary>Makes the feature ready to evaluate, starting from an empty list, with every draw determined by <paramref name="seed"/>.</summary>
        /// <param name="seed">The seed.</param>
        /// <param name="environment">The FFT backend and cache (null: a new default environment, see <see cref="SimulationEnvironment"/>).</param>
        /// <returns>The pipeline.</returns>
        public Pipeline<IReadOnlyList<T>, TOut> Build(ulong seed = 0, SimulationEnvironment? environment = null) => new(feature, seed, Array.Empty<T>(), environment);
    }

    extension<TIn, TOut>(Feature<TIn, TOut> feature)
    {
        /// <summary>Makes the feature ready to evaluate on a given default input.</summary>
        /// <param name="defaultInput">The input used by <see cref="Pipeline{TIn, TOut}.Resolve()"/> and <see cref="Pipeline{TIn, TOut}.Generate(int, long, int)"/>.</param>
        /// <param name="seed">The seed.</param>
        /// <param name="environment">The FFT backend and cache (null: a new default environment, see <see cref="SimulationEnvironment"/>).</param>
        /// <returns>The pipeline.</returns>
        public Pipeline<TIn, TOut> Build(TIn defaultInput, ulong seed, SimulationEnvironment? environment = null) => new(feature, seed, defaultInput, environment);

        /// <summary>
        /// Evaluates this feature once on an existing value, e.g. <c>new NormalizeStandard&lt;double&gt;().Apply(image)</c>:
        /// the same as <c>Build(input, seed).Resolve()</c>, so random properties take sample 0's draws of <paramref name="seed"/>.
        /// </summary>
        /// <param name="input">The input, e.g. an image read from a file.</param>
        /// <param name="seed">The seed of the feature's random properties.</param>
        /// <param name="environment">The FFT backend and cache (null: a new default environment).</param>
        /// <returns>The output.</returns>
        public TOut Apply(TIn input, ulong seed = 0, SimulationEnvironment? environment = null) => feature.Build(input, seed, environment).Resolve();

        /// <summary>Evaluates this feature with <paramref name="target"/> replaced by <paramref name="configure"/>(<paramref name="target"/>); the replacement keeps the target's draws.</summary>
        /// <typeparam name="TTarget">The replaced feature's type.</typeparam>
        /// <param name="target">A feature inside this one.</param>
        /// <param name="configure">Makes the replacement, e.g. <c>p =&gt; p.WithIntensity(1)</c>.</param>
        /// <returns>The bound feature.</returns>
        public Bind<TIn, TOut> Bind<TTarget>(TTarget target, Func<TTarget, TTarget> configure)
            where TTarget : Feature
        {
            ArgumentNullException.ThrowIfNull(configure);
            return new Bind<TIn, TOut>(feature, target, configure(target));
        }

        /// <summary>A movie of <paramref name="frames"/> frames of this feature (see <see cref="Sequence{TIn, TOut}"/>).</summary>
        /// <param name="frames">The number of frames (≥ 1).</param>
        /// <returns>The sequence.</returns>
        public Sequence<TIn, TOut> AsSequence(int frames) => new Sequence<TIn, TOut>(feature).WithLength(frames);

        /// <summary>Computes this feature once (the output of sample 0) and serves it for every sample.</summary>
        /// <returns>The stored feature.</returns>
        public Store<TIn, TOut> Stored() => new(feature);

        /// <summary>Serves each output for <paramref name="uses"/> consecutive samples.</summary>
        /// <param name="uses">Samples per draw (≥ 1).</param>
        /// <returns>The reusing feature.</returns>
        public Reuse<TIn, TOut> Reused(int uses) => new Reuse<TIn, TOut>(feature).WithUses(uses);
    }

    extension<T>(Feature<T, T> feature)
    {
        /// <summary>Applies this feature with probability <paramref name="chance"/>.</summary>
        /// <param name="chance">The probability, in [0, 1].</param>
        /// <returns>The feature.</returns>
        public Probability<T> WithProbability(double chance) => Feature.Probability(feature, chance);
    }
}
