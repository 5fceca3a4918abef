namespace DeepTrack.Fluent.Cli;

/// <summary>The sizes and rates of one <c>train</c> run, from the command line or the setup's defaults.</summary>
internal sealed record TrainArguments(int TrainingSamples, int ValidationSamples, int Epochs, int BatchSize, double LearningRate, string BundleFolder, int Threads);
