using System;
using System.Collections.Generic;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Augmentations;

namespace Mnist;

/// <summary>The paper's augmentation of the training digits, made of the library's augmentation features.</summary>
public static class Augmentation
{
    /// <summary>
    /// A random training digit, then an affine map (translation ±2 px, rotation ±12°, shear ±0.25 rad, scale 0.9–1.1)
    /// and an elastic distortion (Simard et al. 2003: α = 34 px, σ = 4 px), both drawn per sample; the class is
    /// carried along.
    /// </summary>
    /// <param name="training">The digits drawn from.</param>
    /// <returns>The feature: (augmented image, class).</returns>
    public static Feature<NoInput, (Image<double> Image, int Label)> Of(IReadOnlyList<Digit> training)
    {
        var pick = Feature.Sampled(Distribution.From(r => r.NextInt(training.Count)));
        var affine = new Affine<double>()
            .WithTranslateRows(Distribution.Uniform(-2, 2))
            .WithTranslateColumns(Distribution.Uniform(-2, 2))
            .WithRotation(Distribution.Uniform(-12 * Math.PI / 180, 12 * Math.PI / 180))
            .WithShear(Distribution.Uniform(-0.25, 0.25))
            .WithScale(Distribution.Uniform(0.9, 1.1));
        var elastic = new ElasticTransformation<double>().WithAlpha(34).WithSigma(4);
        var image = pick >> Feature.Lambda<int, Image<double>>(i => training[i].Image) >> affine >> elastic;
        var label = pick >> Feature.Lambda<int, int>(i => training[i].Label);
        return image & label;
    }
}
