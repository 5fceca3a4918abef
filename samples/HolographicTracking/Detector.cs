using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Torch;
using static TorchSharp.torch;

namespace HolographicTracking;

/// <summary>From holograms to particles in 3-D: the U-Net's volume, as probabilities, and its components.</summary>
public static class Detector
{
    /// <summary>Components smaller than this many voxels are ignored (a whole label sphere has about 110).</summary>
    public const int MinimumVoxels = 10;

    /// <summary>The predicted volumes as probabilities (σ of the U-Net's logits), one plane per bin.</summary>
    /// <param name="model">The trained U-Net.</param>
    /// <param name="images">Holograms.</param>
    /// <returns>One volume per hologram.</returns>
    public static Image<double>[] Volumes(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images)
        => Inference.PredictImages(model, images.Select(Hologram.Input).ToArray(), batchSize: 8)
            .Select(logits => logits.Map(v => 1 / (1 + Math.Exp(-v))))
            .ToArray();

    /// <summary>The particles found in each hologram: components of voxels above probability ½, z interpolated between bins (µm).</summary>
    /// <param name="model">The trained U-Net.</param>
    /// <param name="images">Holograms.</param>
    /// <param name="bins">The volume's bins.</param>
    /// <returns>The detections of each hologram.</returns>
    public static IReadOnlyList<Particle3D>[] Detect(nn.Module<Tensor, Tensor> model, IReadOnlyList<Image<double>> images, AxialBins bins)
        => Volumes(model, images)
            .Select(volume => (IReadOnlyList<Particle3D>)VolumeSegmentation.Detect(volume, bins, 0.5, MinimumVoxels)
                .Select(d => new Particle3D(d.Row, d.Column, Hologram.ToMicrometers(d.Z))).ToArray())
            .ToArray();
}
