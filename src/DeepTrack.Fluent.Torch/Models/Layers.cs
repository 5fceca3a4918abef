using System;
using System.Collections.Generic;
using System.Linq;
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

            layers.Add(($"act{i}", leak > 0 ? new LeakyRelu(leak) : nn.ReLU()));
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

    /// <summary>
    /// Draws every weight and bias of the module's linear and convolution layers from U(−1/√fan_in, 1/√fan_in) with a
    /// generator of its own seeded by <paramref name="seed"/>: PyTorch's default initialisation (Kaiming-uniform with a = √5
    /// for weights, the same bound for biases), but a function of the seed instead of torch's global generator.
    /// </summary>
    public static void Initialize(nn.Module module, long seed)
    {
        using var generator = new Generator(unchecked((ulong)seed));
        using var noGrad = no_grad();
        foreach (var layer in module.modules())
        {
            var (weight, bias) = layer switch
            {
                Linear linear => ((Tensor?)linear.weight, (Tensor?)linear.bias),
                Conv2d convolution => ((Tensor?)convolution.weight, (Tensor?)convolution.bias),
                _ => (null, null),
            };
            if (weight is null)
            {
                continue;
            }

            // Tensor.uniform_, not nn.init.uniform_: TorchSharp 0.107's nn.init.uniform_ ignores its generator argument.
            double bound = 1 / Math.Sqrt(weight.shape.Skip(1).Aggregate(1L, (a, b) => a * b));
            weight.uniform_(-bound, bound, generator);
            bias?.uniform_(-bound, bound, generator);
        }
    }

    /// <summary>Checks that a batch is (N, channels, height, width), or (N, channels, …) when no size is given.</summary>
    public static void CheckInput(Tensor input, string model, long channels, long height = 0, long width = 0)
    {
        bool sized = height > 0;
        if (input.dim() == 4 && input.shape[1] == channels && (!sized || (input.shape[2] == height && input.shape[3] == width)))
        {
            return;
        }

        string expected = sized ? $"(N, {channels}, {height}, {width})" : $"(N, {channels}, height, width)";
        throw new ArgumentException(
            $"{model} was built for batches of shape {expected} (samples, channels, height, width), but got ({string.Join(", ", input.shape)}): " +
            (sized ? "build it for this image size and channel count, or give it images of the size it was built for." : "build it for this channel count."),
            nameof(input));
    }

    /// <summary>Checks a positive size.</summary>
    public static int Positive(int value, string name)
        => value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
}
