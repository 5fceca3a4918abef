using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A convolutional network for image → numbers: blocks of 3×3 convolutions with ReLU, each followed by 2×2 max
/// pooling, then a dense top. With blocks [16, 32, 64] on a 51×51 image the features are 6×6×64 before the dense
/// layers: the single-particle localisation network of the DeepTrack 2.0 paper (§IV.2). The outputs are unbounded: raw
/// numbers for regression, or <b>logits</b> for classification. Initialised from its seed (see <see cref="Mlp"/>).
/// </summary>
public sealed class Cnn : nn.Module<Tensor, Tensor>
{
    private readonly Sequential features;
    private readonly Mlp top;

    /// <summary>Creates the network.</summary>
    /// <param name="channels">Input channels.</param>
    /// <param name="height">Input height in pixels.</param>
    /// <param name="width">Input width in pixels.</param>
    /// <param name="convolutionChannels">Channels of each convolution block, e.g. [16, 32, 64].</param>
    /// <param name="dense">Units of the dense hidden layers, e.g. [32, 32].</param>
    /// <param name="outputs">Output values, e.g. 2 for (x, y).</param>
    /// <param name="convolutionsPerBlock">3×3 convolutions in each block before its pooling.</param>
    /// <param name="dropout">Dropout probability in the dense top (0: none).</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public Cnn(int channels, int height, int width, IReadOnlyList<int> convolutionChannels, IReadOnlyList<int> dense, int outputs,
        int convolutionsPerBlock = 1, double dropout = 0, long seed = 0)
        : base(nameof(Cnn))
    {
        Layers.Positive(channels, nameof(channels));
        Layers.Positive(convolutionsPerBlock, nameof(convolutionsPerBlock));
        var blocks = Layers.Sizes(convolutionChannels, nameof(convolutionChannels), 1);
        var list = new List<(string, nn.Module<Tensor, Tensor>)>();
        long inChannels = channels;
        int h = Layers.Positive(height, nameof(height)), w = Layers.Positive(width, nameof(width));
        for (int i = 0; i < blocks.Length; i++)
        {
            list.Add(($"block{i}", Layers.ConvBlock(inChannels, blocks[i], convolutionsPerBlock)));
            list.Add(($"pool{i}", nn.MaxPool2d(2)));
            inChannels = blocks[i];
            h /= 2;
            w /= 2;
            if (h < 1 || w < 1)
            {
                throw new System.ArgumentException(
                    $"{blocks.Length} pooling blocks are too many for a {height}×{width} input: block {i} leaves nothing to pool.", nameof(convolutionChannels));
            }
        }

        features = nn.Sequential(list);
        top = new Mlp((int)(inChannels * h * w), dense, outputs, dropout);
        (Channels, Height, Width) = (channels, height, width);
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for.</summary>
    public int Channels { get; }

    /// <summary>The input height it was built for.</summary>
    public int Height { get; }

    /// <summary>The input width it was built for.</summary>
    public int Width { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(Cnn), Channels, Height, Width);
        return top.forward(features.forward(input));
    }
}
