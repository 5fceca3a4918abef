using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A convolutional encoder-decoder for image → image: convolution blocks with 2×2 max pooling down to a bottleneck,
/// then bilinear upsampling and convolution blocks back to the input size, and a 1×1 convolution to the output channels.
/// Unlike a <see cref="UNet"/> it has no skip connections. Any input size works. The output is unbounded per pixel
/// (<b>logits</b> for masks and classes, raw values otherwise; see <see cref="UNet"/>). Initialised from its seed (see <see cref="Mlp"/>).
/// </summary>
public sealed class EncoderDecoder : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Sequential> down;
    private readonly ModuleList<Sequential> up;
    private readonly Conv2d output;

    /// <summary>Creates the network.</summary>
    /// <param name="inChannels">Input channels.</param>
    /// <param name="channels">Channels per level from the top to the bottleneck, e.g. [16, 32, 64] (two poolings).</param>
    /// <param name="outChannels">Output channels.</param>
    /// <param name="convolutionsPerBlock">3×3 convolutions per block.</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public EncoderDecoder(int inChannels, IReadOnlyList<int> channels, int outChannels, int convolutionsPerBlock = 2, long seed = 0)
        : base(nameof(EncoderDecoder))
    {
        Layers.Positive(inChannels, nameof(inChannels));
        Layers.Positive(outChannels, nameof(outChannels));
        Layers.Positive(convolutionsPerBlock, nameof(convolutionsPerBlock));
        var sizes = Layers.Sizes(channels, nameof(channels), 1);
        down = new ModuleList<Sequential>();
        up = new ModuleList<Sequential>();
        long previous = inChannels;
        foreach (int size in sizes)
        {
            down.Add(Layers.ConvBlock(previous, size, convolutionsPerBlock));
            previous = size;
        }

        for (int level = sizes.Length - 2; level >= 0; level--)
        {
            up.Add(Layers.ConvBlock(previous, sizes[level], convolutionsPerBlock));
            previous = sizes[level];
        }

        output = nn.Conv2d(previous, outChannels, 1);
        InChannels = inChannels;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for.</summary>
    public int InChannels { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(EncoderDecoder), InChannels);
        var sizes = new List<Tensor>();
        var x = input;
        for (int i = 0; i < down.Count; i++)
        {
            if (i > 0)
            {
                sizes.Add(x);
                x = nn.functional.max_pool2d(x, 2);
            }

            x = down[i].forward(x);
        }

        for (int i = 0; i < up.Count; i++)
        {
            x = up[i].forward(Layers.UpsampleTo(x, sizes[^(i + 1)]));
        }

        return output.forward(x);
    }
}
