using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Cli;

/// <summary>The trainings registered with <see cref="TrainingExtensions"/>, by pipeline name, shared by <c>train</c> and <c>apply</c>.</summary>
internal sealed class TrainingRegistry
{
    private readonly Dictionary<string, ITraining> trainings = [];

    public IEnumerable<string> Names => trainings.Keys;

    public void Add(string pipeline, ITraining training) => trainings.Add(pipeline, training);

    public bool Contains(string pipeline) => trainings.ContainsKey(pipeline);

    public ITraining For(AppPipeline pipeline)
        => trainings.TryGetValue(pipeline.Name, out var training)
            ? training
            : throw new CommandLineUsageException(
                $"Pipeline '{pipeline.Name}' has no model to train; pipelines with one: {string.Join(", ", trainings.Keys.Order())}. Register one with app.Training(\"{pipeline.Name}\", …).");
}
