namespace DeepTrack.Fluent.Torch;

/// <summary>One sample converted to network input and label values, ready to be stacked into a batch.</summary>
/// <param name="Index">The pipeline's sample index it was generated from.</param>
/// <param name="Input">The input pixels, channel-major then row-major (C·H·W values).</param>
/// <param name="Label">The label values (class indices are stored as exact whole numbers).</param>
public sealed record EncodedSample(long Index, float[] Input, float[] Label);
