using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
    private const string StateHeader = "DeepTrack.Fluent conditional GAN state 1";

    private readonly TrainingOptimizer generatorOptimizer;
    private readonly TrainingOptimizer discriminatorOptimizer;
    private readonly double learningRate;
    private readonly double beta1;

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
        this.learningRate = learningRate;
        this.beta1 = beta1;
        generatorOptimizer = new TrainingOptimizer(generator.parameters(), OptimizerKind.Adam, learningRate, beta1: beta1);
        discriminatorOptimizer = new TrainingOptimizer(discriminator.parameters(), OptimizerKind.Adam, learningRate, beta1: beta1);
    }

    /// <summary>The generator.</summary>
    public nn.Module<Tensor, Tensor> Generator { get; }

    /// <summary>The discriminator.</summary>
    public nn.Module<Tensor, Tensor> Discriminator { get; }

    /// <summary>The weight of the MAE term of the generator's loss.</summary>
    public double MaeWeight { get; }

    /// <summary>The training steps taken (<see cref="TrainStep"/> calls, including those before a <see cref="LoadState"/>).</summary>
    public long Steps { get; private set; }

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

        Steps++;
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

    /// <summary>
    /// Writes everything training changes, so that <see cref="LoadState"/> continues it exactly: both networks' weights and
    /// buffers, both optimisers' running averages and step counts, <see cref="Steps"/>, and TorchSharp's CPU generator. The
    /// file is replaced only once it is complete, so a process killed while saving leaves the previous state.
    /// </summary>
    /// <param name="path">The file.</param>
    public void SaveState(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        StateFile.Replace(path, writer =>
        {
            writer.Write(StateHeader);
            writer.Write(Settings);
            writer.Write(Steps);
            StateFile.WriteTensors(writer, Generator.state_dict());
            StateFile.WriteTensors(writer, Discriminator.state_dict());
            StateFile.WriteMoments(writer, generatorOptimizer);
            StateFile.WriteMoments(writer, discriminatorOptimizer);
            StateFile.WriteTensor(writer, get_rng_state());
        });
    }

    /// <summary>
    /// Loads a state written by <see cref="SaveState"/> into this GAN, built as the one that saved it (the same networks and
    /// learning rate, β₁ and MAE weight); training then goes on as if it had never stopped. The whole file is checked first.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">
    /// The file is truncated or not a GAN state, or was written by a GAN with other settings or networks (the message names
    /// the file and the difference); nothing is changed.
    /// </exception>
    public void LoadState(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no GAN state '{path}'.", path);
        }

        var (state, problem) = StateFile.Read(path, ReadState, Mismatch, saved => saved.Dispose());
        if (state is null)
        {
            throw new InvalidDataException($"The GAN state '{path}' cannot be loaded into this GAN: {problem}.");
        }

        using (state)
        {
            StateFile.CopyInto(Generator, state.Generator);
            StateFile.CopyInto(Discriminator, state.Discriminator);
            generatorOptimizer.Restore(state.GeneratorMoments);
            discriminatorOptimizer.Restore(state.DiscriminatorMoments);
            set_rng_state(state.Random);
            Steps = state.Steps;
        }
    }

    /// <summary>The settings a saved state must share, as written in it.</summary>
    private string Settings => string.Create(CultureInfo.InvariantCulture, $"learning rate {learningRate:R}, β₁ {beta1:R}, MAE weight {MaeWeight:R}");

    private GanState ReadState(BinaryReader reader)
    {
        StateFile.ReadHeader(reader, StateHeader, "a state written by ConditionalGan.SaveState");
        string settings = reader.ReadString();
        if (settings != Settings)
        {
            throw new InvalidDataException($"it was written by a GAN with {settings}, but this one has {Settings}");
        }

        return new GanState(reader.ReadInt64(), StateFile.ReadTensors(reader), StateFile.ReadTensors(reader),
            StateFile.ReadMoments(reader), StateFile.ReadMoments(reader), StateFile.ReadTensor(reader));
    }

    private string Mismatch(GanState state)
        => StateFile.WeightsMismatch("the generator's", state.Generator, Generator.state_dict())
            ?? StateFile.WeightsMismatch("the discriminator's", state.Discriminator, Discriminator.state_dict())
            ?? StateFile.MomentsMismatch("the generator's", state.GeneratorMoments, generatorOptimizer)
            ?? StateFile.MomentsMismatch("the discriminator's", state.DiscriminatorMoments, discriminatorOptimizer)
            ?? "";

    /// <inheritdoc/>
    public void Dispose()
    {
        generatorOptimizer.Dispose();
        discriminatorOptimizer.Dispose();
    }

    /// <summary>A saved state, read and not yet applied (CPU tensors).</summary>
    private sealed record GanState(
        long Steps, Dictionary<string, Tensor> Generator, Dictionary<string, Tensor> Discriminator,
        List<TrainingOptimizer.ParameterMoments> GeneratorMoments, List<TrainingOptimizer.ParameterMoments> DiscriminatorMoments, Tensor Random) : IDisposable
    {
        public void Dispose()
        {
            StateFile.Dispose(Generator.Values.Concat(Discriminator.Values));
            StateFile.Dispose(GeneratorMoments);
            StateFile.Dispose(DiscriminatorMoments);
            Random.Dispose();
        }
    }
}
