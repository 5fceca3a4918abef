using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// The generator of the conditional GAN of the DeepTrack 2.0 paper (§IV.7): a U-Net whose encoder downsamples with
/// stride-2 convolutions, with residual blocks at the bottom, bilinear upsampling followed by convolutions and skip
/// connections in the decoder, final convolution blocks, a 1×1 convolution and tanh (outputs in [−1, 1]).
/// Every convolution is followed by instance normalisation and LeakyReLU(0.2). Initialised from its seed (see <see cref="Mlp"/>).
/// </summary>
public sealed class UNetGenerator : nn.Module<Tensor, Tensor>
{
    private readonly Sequential stem;
    private readonly ModuleList<Sequential> down;
    private readonly Sequential bottleneck;
    private readonly ModuleList<Sequential> up;
    private readonly Sequential head;

    /// <summary>Creates the generator.</summary>
    /// <param name="inChannels">Channels of the condition (e.g. a one-hot mask plus a noise channel).</param>
    /// <param name="outChannels">Channels of the generated image.</param>
    /// <param name="channels">Channels per level, e.g. [16, 32, 64, 128] (three stride-2 downsamplings); the paper goes to 1024.</param>
    /// <param name="residualBlocks">Residual blocks in the bottleneck (the paper: 2).</param>
    /// <param name="finalChannels">Channels of the two final convolution blocks (the paper: 16).</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public UNetGenerator(int inChannels, int outChannels, IReadOnlyList<int> channels, int residualBlocks = 2, int finalChannels = 16, long seed = 0)
        : base(nameof(UNetGenerator))
    {
        Layers.Positive(inChannels, nameof(inChannels));
        Layers.Positive(outChannels, nameof(outChannels));
        Layers.Positive(finalChannels, nameof(finalChannels));
        if (residualBlocks < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(residualBlocks), residualBlocks, "The number of residual blocks cannot be negative.");
        }

        var sizes = Layers.Sizes(channels, nameof(channels), 2);
        stem = Layers.ConvBlock(inChannels, sizes[0], 1, instanceNorm: true, leak: 0.2);
        down = new ModuleList<Sequential>();
        for (int i = 1; i < sizes.Length; i++)
        {
            down.Add(nn.Sequential(
                ("conv", nn.Conv2d(sizes[i - 1], sizes[i], 4, stride: 2, padding: 1)),
                ("norm", nn.InstanceNorm2d(sizes[i], affine: true)),
                ("act", new LeakyRelu(0.2))));
        }

        var blocks = new List<(string, nn.Module<Tensor, Tensor>)>();
        for (int i = 0; i < residualBlocks; i++)
        {
            blocks.Add(($"residual{i}", new ResidualBlock(sizes[^1])));
        }

        bottleneck = nn.Sequential(blocks);
        up = new ModuleList<Sequential>();
        for (int level = sizes.Length - 2; level >= 0; level--)
        {
            up.Add(Layers.ConvBlock(sizes[level + 1] + sizes[level], sizes[level], 1, instanceNorm: true, leak: 0.2));
        }

        head = nn.Sequential(
            ("final", Layers.ConvBlock(sizes[0], finalChannels, 2, instanceNorm: true, leak: 0.2)),
            ("output", nn.Conv2d(finalChannels, outChannels, 1)),
            ("tanh", nn.Tanh()));
        InChannels = inChannels;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for.</summary>
    public int InChannels { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(UNetGenerator), InChannels);
        var skips = new List<Tensor>();
        var x = stem.forward(input);
        foreach (var step in down)
        {
            skips.Add(x);
            x = step.forward(x);
        }

        x = bottleneck.forward(x);
        for (int i = 0; i < up.Count; i++)
        {
            var skip = skips[^(i + 1)];
            x = up[i].forward(cat([Layers.UpsampleTo(x, skip), skip], 1));
        }

        return head.forward(x);
    }
}
