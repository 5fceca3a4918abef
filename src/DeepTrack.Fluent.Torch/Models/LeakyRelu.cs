using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// LeakyReLU with its slope passed to libtorch as a Scalar that lives until the call has returned (TorchSharp's
/// <c>nn.LeakyReLU</c> converts the slope implicitly on every call; see <see cref="TrainingOptimizer"/> for why that can crash).
/// </summary>
internal sealed class LeakyRelu : nn.Module<Tensor, Tensor>
{
    private readonly double slope;

    public LeakyRelu(double slope)
        : base(nameof(LeakyRelu))
        => this.slope = slope;

    public override Tensor forward(Tensor input)
    {
        using var negativeSlope = slope.ToScalar();
        return input.leaky_relu(negativeSlope);
    }
}
