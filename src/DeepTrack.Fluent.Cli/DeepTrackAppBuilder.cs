using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using DeepTrack.Fluent.Datasets.Export;
using DeepTrack.Fluent.Datasets.Layout;

namespace DeepTrack.Fluent.Cli;

/// <summary>What a program registers with <see cref="DeepTrackApp.Run(string[], Action{DeepTrackAppBuilder})"/>: its pipelines and any extra verbs.</summary>
public sealed class DeepTrackAppBuilder
{
    private readonly List<AppPipeline> pipelines = [];
    private readonly List<AppVerb> verbs = [];

    internal DeepTrackAppBuilder()
    {
    }

    /// <summary>The program's description in <c>--help</c>; null for a standard one.</summary>
    public string? Description { get; set; }

    /// <summary>The registered pipelines, in registration order.</summary>
    public IReadOnlyList<AppPipeline> Pipelines => pipelines;

    /// <summary>The verbs added with <see cref="Verb"/>.</summary>
    public IReadOnlyList<AppVerb> Verbs => verbs;

    /// <summary>
    /// Registers a built pipeline. <c>--seed</c> rebuilds its root with another seed; without it the pipeline's own
    /// seed is used. Pipelines of images need no layout (one array, <c>image</c>); others name what to store.
    /// </summary>
    /// <typeparam name="TSample">The output type.</typeparam>
    /// <param name="name">The name on the command line: letters, digits, '-' and '_'.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="layout">What a dataset stores of a sample; null for an image pipeline's default.</param>
    /// <param name="description">A one-line description.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Pipeline<TSample>(string name, Pipeline<NoInput, TSample> pipeline, SampleLayout<TSample>? layout = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Pipeline(name, seed => seed == pipeline.Seed ? pipeline : pipeline.Root.Build(seed, pipeline.Environment), pipeline.Seed, layout, description);
    }

    /// <summary>Registers a built pipeline whose input is a list (a pipeline of scatterers, for example), run on the empty list.</summary>
    /// <typeparam name="T">The list's element type.</typeparam>
    /// <typeparam name="TSample">The output type.</typeparam>
    /// <param name="name">The name on the command line.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="layout">What a dataset stores of a sample; null for an image pipeline's default.</param>
    /// <param name="description">A one-line description.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Pipeline<T, TSample>(string name, Pipeline<IReadOnlyList<T>, TSample> pipeline, SampleLayout<TSample>? layout = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return Pipeline(name, seed => seed == pipeline.Seed ? pipeline : pipeline.Root.Build(seed, pipeline.Environment), pipeline.Seed, layout, description);
    }

    /// <summary>Registers a feature as a pipeline, built with <c>--seed</c> (0 by default).</summary>
    /// <typeparam name="TSample">The output type.</typeparam>
    /// <param name="name">The name on the command line.</param>
    /// <param name="feature">The root feature.</param>
    /// <param name="layout">What a dataset stores of a sample; null for an image pipeline's default.</param>
    /// <param name="description">A one-line description.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Pipeline<TSample>(string name, Feature<NoInput, TSample> feature, SampleLayout<TSample>? layout = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return Pipeline(name, seed => feature.Build(seed), 0, layout, description);
    }

    /// <summary>Registers a feature whose input is a list as a pipeline, built with <c>--seed</c> (0 by default) and run on the empty list.</summary>
    /// <typeparam name="T">The list's element type.</typeparam>
    /// <typeparam name="TSample">The output type.</typeparam>
    /// <param name="name">The name on the command line.</param>
    /// <param name="feature">The root feature.</param>
    /// <param name="layout">What a dataset stores of a sample; null for an image pipeline's default.</param>
    /// <param name="description">A one-line description.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Pipeline<T, TSample>(string name, Feature<IReadOnlyList<T>, TSample> feature, SampleLayout<TSample>? layout = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return Pipeline(name, seed => feature.Build(seed), 0, layout, description);
    }

    /// <summary>Registers a pipeline that <paramref name="build"/> makes for a seed (for pipelines built with more than a seed).</summary>
    /// <typeparam name="TIn">The pipeline's input type (its default input is used).</typeparam>
    /// <typeparam name="TSample">The output type.</typeparam>
    /// <param name="name">The name on the command line.</param>
    /// <param name="build">Builds the pipeline for a seed.</param>
    /// <param name="defaultSeed">The seed when <c>--seed</c> is not given.</param>
    /// <param name="layout">What a dataset stores of a sample; null for an image pipeline's default.</param>
    /// <param name="description">A one-line description.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Pipeline<TIn, TSample>(string name, Func<ulong, Pipeline<TIn, TSample>> build, ulong defaultSeed, SampleLayout<TSample>? layout = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        CheckName(name);
        pipelines.Add(new AppPipeline<TSample>(
            name,
            (seed, storage) => DatasetSource.Create(name, build(seed) ?? throw new InvalidOperationException($"The factory of pipeline '{name}' returned no pipeline."), storage),
            defaultSeed,
            layout ?? DefaultLayout<TSample>(name),
            description));
        return this;
    }

    /// <summary>Adds a verb (see <see cref="AppVerb"/>); a verb of the same name is refused.</summary>
    /// <param name="verb">The verb.</param>
    /// <returns>This builder.</returns>
    public DeepTrackAppBuilder Verb(AppVerb verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (verbs.Any(v => v.Name == verb.Name))
        {
            throw new ArgumentException($"A verb named '{verb.Name}' is already registered.", nameof(verb));
        }

        verbs.Add(verb);
        return this;
    }

    /// <summary>Whether a verb of that name was added (so an extension adds it once).</summary>
    /// <param name="name">The verb's name.</param>
    /// <returns>True if added.</returns>
    public bool HasVerb(string name) => verbs.Any(v => v.Name == name);

    private void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"'{name}' cannot name a pipeline: use letters, digits, '-' and '_'.", nameof(name));
        }

        if (pipelines.Any(p => p.Name == name))
        {
            throw new ArgumentException($"A pipeline named '{name}' is already registered.", nameof(name));
        }
    }

    private static SampleLayout<TSample> DefaultLayout<TSample>(string name)
    {
        var type = typeof(TSample);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Image<>))
        {
            var method = typeof(SampleLayout).GetMethod(nameof(SampleLayout.Image))!.MakeGenericMethod(type.GenericTypeArguments[0]);
            return (SampleLayout<TSample>)method.Invoke(null, [false])!;
        }

        throw new ArgumentException(
            $"Pipeline '{name}' makes {TypeNames.Of(type)}, not an image: give a layout that names what to store, for example " +
            "SampleLayout.For<(Image<double>, Image<double>)>().Image(\"image\", s => s.Item1).Image(\"mask\", s => s.Item2).",
            nameof(name));
    }
}
