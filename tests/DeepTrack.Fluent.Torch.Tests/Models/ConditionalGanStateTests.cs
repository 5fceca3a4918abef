using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary><see cref="ConditionalGan.SaveState"/> and <see cref="ConditionalGan.LoadState"/>: GAN training stopped and continued ends as one that never stopped.</summary>
[Collection(RunsAlone.Name)]
public sealed class ConditionalGanStateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dtf-gan-state-").FullName;

    private static ConditionalGan Gan(long seed, double maeWeight = 0.8)
        => new(new UNetGenerator(2, 1, [4, 8], residualBlocks: 1, finalChannels: 4, seed: seed), new PatchDiscriminator(3, [4, 8], seed: seed + 1), maeWeight: maeWeight);

    /// <summary>Batch <paramref name="step"/> of a fixed sequence: conditions and targets in [−1, 1].</summary>
    private static (Tensor Condition, Tensor Target) Batch(int step)
    {
        using var generator = new Generator((ulong)(100 + step));
        return (rand([2, 2, 16, 16], generator: generator).mul_(2).sub_(1), rand([2, 1, 16, 16], generator: generator).mul_(2).sub_(1));
    }

    private static List<GanLosses> Train(ConditionalGan gan, int from, int to)
    {
        var losses = new List<GanLosses>();
        for (int step = from; step < to; step++)
        {
            using var scope = NewDisposeScope();
            var (condition, target) = Batch(step);
            losses.Add(gan.TrainStep(condition, target));
        }

        return losses;
    }

    private static void AssertSameWeights(nn.Module expected, nn.Module actual)
    {
        var a = expected.state_dict();
        var b = actual.state_dict();
        foreach (var (name, tensor) in a)
        {
            Assert.True(tensor.equal(b[name]).all().item<bool>(), $"'{name}' differs");
        }
    }

    [Fact]
    public void Training_saved_after_some_steps_and_loaded_into_a_new_gan_goes_on_exactly_as_without_the_stop()
    {
        manual_seed(5);
        using var straight = Gan(seed: 1);
        var expected = Train(straight, 0, 6);

        string path = Path.Combine(folder, "gan.state");
        manual_seed(5);
        using (var first = Gan(seed: 1))
        {
            Train(first, 0, 3);
            first.SaveState(path);
            Train(first, 3, 4); // steps after the save are lost with the process
        }

        manual_seed(77);
        using var resumed = Gan(seed: 30);
        resumed.LoadState(path);
        Assert.Equal(3, resumed.Steps);
        var actual = Train(resumed, 3, 6);

        Assert.Equal(expected.Skip(3), actual);
        Assert.Equal(6, resumed.Steps);
        AssertSameWeights(straight.Generator, resumed.Generator);
        AssertSameWeights(straight.Discriminator, resumed.Discriminator);

        // Without the optimisers' averages the same weights train on differently: the state is more than the weights.
        manual_seed(5);
        using var weightsOnly = Gan(seed: 1);
        Train(weightsOnly, 0, 3);
        using var fresh = Gan(seed: 1);
        StateDictionaryCopy(weightsOnly, fresh);
        Assert.NotEqual(expected[3], Train(fresh, 3, 4)[0]);
    }

    private static void StateDictionaryCopy(ConditionalGan from, ConditionalGan to)
    {
        to.Generator.load_state_dict(from.Generator.state_dict());
        to.Discriminator.load_state_dict(from.Discriminator.state_dict());
    }

    [Fact]
    public void A_state_of_another_gan_or_a_damaged_file_is_refused_by_name_and_changes_nothing()
    {
        string path = Path.Combine(folder, "saved.state");
        using (var saved = Gan(seed: 1))
        {
            Train(saved, 0, 2);
            saved.SaveState(path);
        }

        using var other = Gan(seed: 9, maeWeight: 0.5);
        var before = other.Generator.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());
        string settings = Assert.Throws<InvalidDataException>(() => other.LoadState(path)).Message;
        Assert.Contains(path, settings);
        Assert.Contains("MAE weight 0.8", settings);
        Assert.Contains("MAE weight 0.5", settings);

        using var wider = new ConditionalGan(new UNetGenerator(2, 1, [4, 16], residualBlocks: 1, finalChannels: 4), new PatchDiscriminator(3, [4, 8]));
        Assert.Contains("the generator's entry", Assert.Throws<InvalidDataException>(() => wider.LoadState(path)).Message);

        byte[] whole = File.ReadAllBytes(path);
        string truncated = Path.Combine(folder, "truncated.state");
        File.WriteAllBytes(truncated, whole[..(whole.Length - 10)]);
        using var same = Gan(seed: 9);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => same.LoadState(truncated)).Message);
        Assert.Throws<FileNotFoundException>(() => same.LoadState(Path.Combine(folder, "missing.state")));
        Assert.Equal(0, same.Steps);
        foreach (var (name, tensor) in other.Generator.state_dict())
        {
            Assert.True(tensor.equal(before[name]).all().item<bool>(), $"'{name}' was changed by a refused file");
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
