using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using DeepTrack.Fluent.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Cli;

/// <summary>One registered training: generates the sets from the pipeline's samples, trains, saves, and predicts with saved weights.</summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
internal sealed class Training<TSample>(TrainingSetup<TSample> setup) : ITraining
{
    public LabelKind LabelKind => setup.Encoder.Kind;

    public int DefaultTrainingSamples => setup.TrainingSamples;

    public int DefaultValidationSamples => setup.ValidationSamples;

    public int DefaultBatchSize => setup.BatchSize;

    public TrainerOptions Options => setup.Options;

    public TrainingHistory Train(AppPipeline pipeline, ulong seed, TrainArguments arguments, VerbContext context)
    {
        var source = (pipeline as AppPipeline<TSample>
            ?? throw new CommandLineUsageException($"The model of '{pipeline.Name}' was registered for samples of {typeof(TSample).Name}, but the pipeline makes {pipeline.SampleType.Name}."))
            .Source(seed);
        var training = context.RunWithProgress(
            $"training set of {pipeline.Name}",
            arguments.TrainingSamples,
            "samples",
            progress => Encode(source, 0, arguments.TrainingSamples, arguments.Threads, progress));
        var validation = arguments.ValidationSamples == 0
            ? null
            : context.RunWithProgress(
                $"validation set of {pipeline.Name}",
                arguments.ValidationSamples,
                "samples",
                progress => Encode(source, setup.ValidationStart, arguments.ValidationSamples, arguments.Threads, progress));

        var model = setup.Model() ?? throw new InvalidOperationException($"The model factory of '{pipeline.Name}' returned no model.");
        return context.RunWithProgress($"train {pipeline.Name}", arguments.Epochs, "epochs", progress =>
        {
            var options = setup.Options with
            {
                Epochs = arguments.Epochs,
                LearningRate = arguments.LearningRate,
                ConsoleProgress = false,
                OnEpoch = record =>
                {
                    setup.Options.OnEpoch?.Invoke(record);
                    progress.Report(record.Epoch + 1);
                },
            };
            var history = new Trainer(model, options).Fit(new DataLoader(training, arguments.BatchSize, shuffle: true, seed: seed), validation);
            ModelBundle.Save(arguments.BundleFolder, model, training.Shape, setup.Encoder.Normalization);
            return history;
        });
    }

    public Predictor Predictor(string bundle, PredictorOptions options)
    {
        var model = setup.Model() ?? throw new InvalidOperationException("The model factory returned no model.");
        var loaded = ModelBundle.Load(bundle, model);
        loaded.RequireNormalization(setup.Encoder.Normalization);
        return new Predictor(loaded, options);
    }

    private SampleSet Encode(Datasets.Export.DatasetSource<TSample> source, long start, int count, int threads, IProgress<double> progress)
    {
        const int chunk = 256;
        var encoded = new EncodedSample[count];
        var shapes = new SampleShape[count];
        for (int offset = 0; offset < count; offset += chunk)
        {
            int n = Math.Min(chunk, count - offset);
            var samples = source.Generate(start + offset, n, threads);
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                encoded[offset + i] = setup.Encoder.Encode(samples[i], start + offset + i, out shapes[offset + i]);
            });
            progress.Report(offset + n);
        }

        for (int i = 1; i < count; i++)
        {
            if (!Same(shapes[i], shapes[0]))
            {
                throw new InvalidOperationException($"Sample {start + i} is encoded with shape {shapes[i]}, but sample {start} with {shapes[0]}; every sample must have one shape.");
            }
        }

        return new SampleSet(encoded, shapes[0]);
    }

    private static bool Same(SampleShape a, SampleShape b)
        => a.Kind == b.Kind && a.Input.AsSpan().SequenceEqual(b.Input) && a.Label.AsSpan().SequenceEqual(b.Label);
}
