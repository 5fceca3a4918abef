using System;

namespace DeepTrack.Fluent.Torch;

/// <summary>Starts a <see cref="SampleEncoder{TSample}"/>: which image of a pipeline's output is the network input.</summary>
public static class SampleEncoder
{
    /// <summary>Uses the image that <paramref name="input"/> selects from each sample as the network input (a 2-D image is one channel, a 3-D image one channel per plane).</summary>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <param name="input">Selects the input image, e.g. <c>s =&gt; s</c> or <c>pair =&gt; pair.Item1</c>.</param>
    /// <returns>An encoder without a label; add one with a <c>With…Labels</c> method.</returns>
    public static SampleEncoder<TSample> From<TSample>(Func<TSample, Image<double>> input)
        => new(input ?? throw new ArgumentNullException(nameof(input)), LabelKind.Numbers, 0, null, null, InputNormalization.None);
}
