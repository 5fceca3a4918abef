using System;
using System.Linq;

namespace DeepTrack.Fluent.Cli;

/// <summary>
/// Adds <c>train</c> and <c>apply</c> to the command line of <see cref="DeepTrackApp"/>:
/// <c>app.Pipeline("spots", pipeline).Training("spots", new TrainingSetup&lt;Image&lt;double&gt;&gt; { Model = …, Encoder = … })</c>.
/// </summary>
/// <remarks>
/// Training runs in this process on one machine (TorchSharp has no data-parallel training); the CPU or one GPU
/// (<see cref="Torch.TrainerOptions.Device"/>). Datasets for training elsewhere come from <c>export</c>.
/// </remarks>
public static class TrainingExtensions
{
    extension(DeepTrackAppBuilder app)
    {
        /// <summary>Registers a model for a pipeline, for the verbs <c>train</c> and <c>apply</c> (added with the first registration).</summary>
        /// <typeparam name="TSample">The pipeline's output type.</typeparam>
        /// <param name="pipeline">The name of a pipeline registered before with <c>app.Pipeline</c>.</param>
        /// <param name="setup">The model, the encoder and the trainer's options.</param>
        /// <returns>The builder.</returns>
        public DeepTrackAppBuilder Training<TSample>(string pipeline, TrainingSetup<TSample> setup)
        {
            ArgumentNullException.ThrowIfNull(app);
            ArgumentException.ThrowIfNullOrEmpty(pipeline);
            ArgumentNullException.ThrowIfNull(setup);
            var registered = app.Pipelines.FirstOrDefault(p => p.Name == pipeline)
                ?? throw new ArgumentException($"Register pipeline '{pipeline}' before its training; registered: {string.Join(", ", app.Pipelines.Select(p => p.Name))}.", nameof(pipeline));
            if (registered is not AppPipeline<TSample>)
            {
                throw new ArgumentException($"Pipeline '{pipeline}' makes {registered.SampleType.Name}, but the training is for {typeof(TSample).Name}.", nameof(setup));
            }

            var train = app.Verbs.OfType<TrainVerb>().SingleOrDefault();
            if (train is null)
            {
                var registry = new TrainingRegistry();
                train = new TrainVerb(registry);
                app.Verb(train).Verb(new ApplyVerb(registry));
            }

            if (train.Registry.Contains(pipeline))
            {
                throw new ArgumentException($"Pipeline '{pipeline}' already has a training.", nameof(pipeline));
            }

            train.Registry.Add(pipeline, new Training<TSample>(setup));
            return app;
        }
    }
}
