using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>Building blocks shared by the models.</summary>
internal static class Layers
{
    /// <summary><paramref name="count"/> × (3×3 convolution, optional instance norm, activation).</summary>
    public static Sequential ConvBlock(long inChannels, long outChannels, int count, bool instanceNorm = false, double leak = 0)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        for (int i = 0; i < count; i++)
        {
            layers.Add(($"conv{i}", nn.Conv2d(i == 0 ? inChannels : outChannels, outChannels, 3, padding: 1)));
            if (instanceNorm)
            {
                layers.Add(($"norm{i}", nn.InstanceNorm2d(outChannels, affine: true)));
            }

            layers.Add(($"act{i}", leak > 0 ? nn.LeakyReLU(leak) : nn.ReLU()));
        }

        return nn.Sequential(layers);
    }

    /// <summary>Resizes <paramref name="x"/> (N, C, H, W) to the height and width of <paramref name="like"/> by bilinear interpolation.</summary>
    public static Tensor UpsampleTo(Tensor x, Tensor like)
        => nn.functional.interpolate(x, size: [like.shape[2], like.shape[3]], mode: InterpolationMode.Bilinear, align_corners: false);

    /// <summary>Checks a list of layer sizes.</summary>
    public static int[] Sizes(IReadOnlyList<int> sizes, string name, int minimumCount)
    {
        ArgumentNullException.ThrowIfNull(sizes, name);
        if (sizes.Count < minimumCount)
        {
            throw new ArgumentException($"{name} needs at least {minimumCount} entries; got {sizes.Count}.", name);
        }

        for (int i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] < 1)
            {
                throw new ArgumentException($"{name}[{i}] is {sizes[i]}; every layer needs at least one unit or channel.", name);
            }
        }

        return [.. sizes];
    }

    /// <summary>Checks a positive size.</summary>
    public static int Positive(int value, string name)
        => value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
}
