using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A PatchGAN discriminator (Isola et al. 2017) as in the DeepTrack 2.0 paper (§IV.7): 4×4 stride-2 convolutions with
/// instance normalisation and LeakyReLU(0.2), then a 1-channel convolution and a sigmoid, giving a map of
/// probabilities (not logits) that each patch of the image is real. Its input is the condition and the image, concatenated
/// along channels. Initialised from its seed (see <see cref="Mlp"/>).
/// </summary>
public sealed class PatchDiscriminator : nn.Module<Tensor, Tensor>
{
    private readonly Sequential layers;

    /// <summary>Creates the discriminator.</summary>
    /// <param name="inChannels">Condition channels plus image channels.</param>
    /// <param name="channels">Channels of each stride-2 convolution, e.g. [16, 32, 64] (a 64×64 input gives an 8×8 patch map).</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public PatchDiscriminator(int inChannels, IReadOnlyList<int> channels, long seed = 0)
        : base(nameof(PatchDiscriminator))
    {
        Layers.Positive(inChannels, nameof(inChannels));
        var sizes = Layers.Sizes(channels, nameof(channels), 1);
        var list = new List<(string, nn.Module<Tensor, Tensor>)>();
        long previous = inChannels;
        for (int i = 0; i < sizes.Length; i++)
        {
            list.Add(($"conv{i}", nn.Conv2d(previous, sizes[i], 4, stride: 2, padding: 1)));
            if (i > 0)
            {
                list.Add(($"norm{i}", nn.InstanceNorm2d(sizes[i], affine: true)));
            }

            list.Add(($"act{i}", new LeakyRelu(0.2)));
            previous = sizes[i];
        }

        list.Add(("patch", nn.Conv2d(previous, 1, 3, padding: 1)));
        list.Add(("sigmoid", nn.Sigmoid()));
        layers = nn.Sequential(list);
        InChannels = inChannels;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for (condition plus image).</summary>
    public int InChannels { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(PatchDiscriminator), InChannels);
        return layers.forward(input);
    }
}
