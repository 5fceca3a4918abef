using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>x + (3×3 conv, instance norm, LeakyReLU, 3×3 conv, instance norm)(x): the bottleneck block of <see cref="UNetGenerator"/>.</summary>
internal sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly Sequential body;

    public ResidualBlock(long channels)
        : base(nameof(ResidualBlock))
    {
        body = nn.Sequential(
            ("conv0", nn.Conv2d(channels, channels, 3, padding: 1)),
            ("norm0", nn.InstanceNorm2d(channels, affine: true)),
            ("act0", new LeakyRelu(0.2)),
            ("conv1", nn.Conv2d(channels, channels, 3, padding: 1)),
            ("norm1", nn.InstanceNorm2d(channels, affine: true)));
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var one = 1.0.ToScalar();
        return input.add(body.forward(input), one);
    }
}
