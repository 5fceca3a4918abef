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

    /// <summary>Loads the bundle into a new model, after checking that it normalises as the setup's encoder does.</summary>
    Predictor Predictor(string bundle, PredictorOptions options);
}
