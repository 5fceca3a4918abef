using System.Collections.Generic;
using DeepTrack.Fluent.Torch;

namespace DeepTrack.Fluent.Cli;

/// <summary>A registered training without its sample type, as the verbs see it.</summary>
internal interface ITraining
{
    LabelKind LabelKind { get; }

    int DefaultTrainingSamples { get; }

    int DefaultValidationSamples { get; }

    int DefaultBatchSize { get; }

    TrainerOptions Options { get; }

    TrainingHistory Train(AppPipeline pipeline, ulong seed, TrainArguments arguments, VerbContext context);

    IReadOnlyList<float[]> Predict(string modelPath, IReadOnlyList<Image<double>> images);

    IReadOnlyList<Image<double>> PredictImages(string modelPath, IReadOnlyList<Image<double>> images);
}
