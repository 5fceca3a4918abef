using System;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A conditional GAN (condition image → image) trained with the losses of the DeepTrack 2.0 paper (§IV.7):
/// generator l_G = w·MAE(target, G(c)) + mean((1 − D(c, G(c)))²), discriminator l_D = mean(D(c, G(c))²) + mean((1 − D(c, target))²),
/// each optimised with Adam (learning rate 2·10⁻⁴, β₁ 0.5 by default). Targets should be scaled to [−1, 1] (the generator ends in tanh).
/// </summary>
public sealed class ConditionalGan : IDisposable
{
    private readonly TrainingOptimizer generatorOptimizer;
    private readonly TrainingOptimizer discriminatorOptimizer;

    /// <summary>Creates the GAN.</summary>
    /// <param name="generator">The generator, e.g. a <see cref="UNetGenerator"/>.</param>
    /// <param name="discriminator">The discriminator, e.g. a <see cref="PatchDiscriminator"/>, taking condition and image concatenated along channels.</param>
    /// <param name="learningRate">Adam's learning rate for both networks.</param>
    /// <param name="beta1">Adam's β₁.</param>
    /// <param name="maeWeight">The weight w of the MAE term of the generator's loss (the paper: 0.8).</param>
    public ConditionalGan(nn.Module<Tensor, Tensor> generator, nn.Module<Tensor, Tensor> discriminator,
        double learningRate = 2e-4, double beta1 = 0.5, double maeWeight = 0.8)
    {
        Generator = generator ?? throw new ArgumentNullException(nameof(generator));
        Discriminator = discriminator ?? throw new ArgumentNullException(nameof(discriminator));
        if (!(learningRate > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive.");
        }

        if (maeWeight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maeWeight), maeWeight, "The MAE weight cannot be negative.");
        }

        MaeWeight = maeWeight;
        generatorOptimizer = new TrainingOptimizer(generator.parameters(), OptimizerKind.Adam, learningRate, beta1: beta1);
        discriminatorOptimizer = new TrainingOptimizer(discriminator.parameters(), OptimizerKind.Adam, learningRate, beta1: beta1);
    }

    /// <summary>The generator.</summary>
    public nn.Module<Tensor, Tensor> Generator { get; }

    /// <summary>The discriminator.</summary>
    public nn.Module<Tensor, Tensor> Discriminator { get; }

    /// <summary>The weight of the MAE term of the generator's loss.</summary>
    public double MaeWeight { get; }

    /// <summary>One optimisation step of the discriminator, then one of the generator, on a batch.</summary>
    /// <param name="condition">The conditions (N, C, H, W).</param>
    /// <param name="target">The real images (N, C′, H, W).</param>
    /// <returns>The two losses of this step.</returns>
    public GanLosses TrainStep(Tensor condition, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(target);
        using var scope = NewDisposeScope();
        Generator.train();
        Discriminator.train();

        var fake = Generator.forward(condition);
        if (!fake.shape.SequenceEqual(target.shape))
        {
            throw new ArgumentException(
                $"The generator makes images of shape ({string.Join(", ", fake.shape)}), but the targets have ({string.Join(", ", target.shape)}).", nameof(target));
        }

        // Scalars are created explicitly and live until their native calls have returned (see TrainingOptimizer).
        using var one = 1.0.ToScalar();
        using var weight = MaeWeight.ToScalar();
        discriminatorOptimizer.ZeroGrad();
        var fakeScore = Discriminator.forward(cat([condition, fake.detach()], 1));
        var realScore = Discriminator.forward(cat([condition, target], 1));
        var discriminatorLoss = fakeScore.mul(fakeScore).mean().add(Unfooled(realScore, one), one);
        discriminatorLoss.backward();
        discriminatorOptimizer.Step();

        generatorOptimizer.ZeroGrad();
        var fooled = Discriminator.forward(cat([condition, fake], 1));
        var mae = fake.sub(target).abs().mean();
        var generatorLoss = mae.mul(weight).add(Unfooled(fooled, one), one);
        generatorLoss.backward();
        generatorOptimizer.Step();

        return new GanLosses(generatorLoss.item<float>(), discriminatorLoss.item<float>(), mae.item<float>());
    }

    /// <summary>mean((1 − score)²), squared by a product: TorchSharp's <c>square()</c> is <c>pow(2)</c> with an implicit Scalar.</summary>
    private static Tensor Unfooled(Tensor score, Scalar one)
    {
        var miss = score.neg().add(one, one);
        return miss.mul(miss).mean();
    }

    /// <summary>Generates images from conditions (evaluation mode, no gradients).</summary>
    /// <param name="condition">The conditions (N, C, H, W).</param>
    /// <returns>The generated images; the caller owns the tensor.</returns>
    public Tensor Generate(Tensor condition)
    {
        using var noGrad = no_grad();
        Generator.eval();
        return Generator.forward(condition);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        generatorOptimizer.Dispose();
        discriminatorOptimizer.Dispose();
    }
}
