using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Off-focus in-line holography: the complex field at the camera, as a two-plane image (plane 0 the real part,
/// plane 1 the imaginary part, the representation DeepTrack 2.0's holography features and networks use).
/// The incident plane wave is 1 + 0i. Upscaled fields are binned by averaging.
/// </summary>
[Feature]
public sealed partial record Holography : CoherentOptics
{
    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        var (pooled, _, layout, truth) = ImageField(input, context, background: false);
        using (pooled)
        {
            int height = layout.OutputHeight / layout.Upscale, width = layout.OutputWidth / layout.Upscale;
            ReadOnlySpan<Complex> source = layout.Upscale == 1
                ? pooled.Span
                : Binning.BlockMean<Complex>(pooled.Span, layout.OutputHeight, layout.OutputWidth, layout.Upscale).AsReadOnlySpan();
            var output = new Image<double>(height, width, 2);
            var real = output.WritablePlane(0);
            var imaginary = output.WritablePlane(1);
            for (int i = 0; i < source.Length; i++)
            {
                real[i] = source[i].Real;
                imaginary[i] = source[i].Imaginary;
            }

            return output.WithTruth(truth);
        }
    }
}
