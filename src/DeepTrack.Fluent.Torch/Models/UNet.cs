using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A U-Net (Ronneberger et al. 2015) like deeplay's <c>UNet2d</c>: per level two 3×3 convolutions with ReLU and
/// 2×2 max pooling down to a bottleneck, then bilinear upsampling, concatenation with the encoder's features of the
/// same level (skip connection) and two convolutions, and a 1×1 convolution to the output channels. The depth is
/// the number of channel entries minus one. Any input size works (upsampling matches the skip's size). The output is
/// unbounded per pixel: <b>logits</b> for masks and classes (use <see cref="Loss.BinaryCrossEntropy"/> with
/// <c>fromLogits: true</c>, <see cref="Loss.WeightedBinaryCrossEntropy(double, int)"/> or <see cref="Loss.CrossEntropy"/>;
/// σ(output) is the probability, and an output above 0 means probability above ½), raw values for density maps.
/// Initialised from its seed (see <see cref="Mlp"/>).
/// </summary>
public sealed class UNet : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Sequential> encoder;
    private readonly ModuleList<Sequential> decoder;
    private readonly Conv2d output;

    /// <summary>Creates the network.</summary>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="channels">Channels per level from the top to the bottleneck, e.g. [16, 32, 64] (depth 2).</param>
    /// <param name="outChannels">Output channels (logits per class, or 1 for a mask's logit or a density map).</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public UNet(int inChannels, IReadOnlyList<int> channels, int outChannels, long seed = 0)
        : base(nameof(UNet))
    {
        Layers.Positive(inChannels, nameof(inChannels));
        Layers.Positive(outChannels, nameof(outChannels));
        var sizes = Layers.Sizes(channels, nameof(channels), 2);
        encoder = new ModuleList<Sequential>();
        decoder = new ModuleList<Sequential>();
        long previous = inChannels;
        foreach (int size in sizes)
        {
            encoder.Add(Layers.ConvBlock(previous, size, 2));
            previous = size;
        }

        for (int level = sizes.Length - 2; level >= 0; level--)
        {
            decoder.Add(Layers.ConvBlock(previous + sizes[level], sizes[level], 2));
            previous = sizes[level];
        }

        output = nn.Conv2d(previous, outChannels, 1);
        InChannels = inChannels;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for.</summary>
    public int InChannels { get; }

    /// <summary>The number of poolings.</summary>
    public int Depth => encoder.Count - 1;

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(UNet), InChannels);
        var skips = new List<Tensor>();
        var x = input;
        for (int i = 0; i < encoder.Count; i++)
        {
            if (i > 0)
            {
                skips.Add(x);
                x = nn.functional.max_pool2d(x, 2);
            }

            x = encoder[i].forward(x);
        }

        for (int i = 0; i < decoder.Count; i++)
        {
            var skip = skips[^(i + 1)];
            x = decoder[i].forward(cat([Layers.UpsampleTo(x, skip), skip], 1));
        }

        return output.forward(x);
    }
}
