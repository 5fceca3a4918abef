using TorchSharp;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch.Tests;

public sealed class ModelTests
{
    [Fact]
    public void Every_model_maps_its_input_to_the_documented_shape_for_odd_sizes()
    {
        using var scope = NewDisposeScope();
        manual_seed(1);
        var image = randn(3, 2, 51, 37);

        Assert.Equal(new long[] { 3, 4 }, new Mlp(2 * 51 * 37, [8, 8], 4).forward(image).shape);
        Assert.Equal(new long[] { 3, 2 }, new Cnn(2, 51, 37, [4, 8, 8], [8], 2).forward(image).shape);
        Assert.Equal(new long[] { 3, 1, 51, 37 }, new EncoderDecoder(2, [4, 8, 8], 1).forward(image).shape);
        var unet = new UNet(2, [4, 8, 8], 3);
        Assert.Equal(2, unet.Depth);
        Assert.Equal(new long[] { 3, 3, 51, 37 }, unet.forward(image).shape);

        var generated = new UNetGenerator(2, 1, [4, 8, 16], residualBlocks: 2, finalChannels: 4).forward(image);
        Assert.Equal(new long[] { 3, 1, 51, 37 }, generated.shape);
        Assert.True(generated.abs().max().item<float>() <= 1);

        var patches = new PatchDiscriminator(3, [4, 8, 16]).forward(randn(2, 3, 64, 64));
        Assert.Equal(new long[] { 2, 1, 8, 8 }, patches.shape);
        Assert.True(patches.min().item<float>() >= 0 && patches.max().item<float>() <= 1);
    }

    [Fact]
    public void Bad_sizes_are_rejected_with_the_value()
    {
        var pooling = Assert.Throws<ArgumentException>(() => new Cnn(1, 8, 8, [4, 4, 4, 4], [4], 2));
        Assert.Contains("8×8", pooling.Message);
        var channels = Assert.Throws<ArgumentException>(() => new UNet(1, [4, 0], 1));
        Assert.Contains("channels[1] is 0", channels.Message);
        var dropout = Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp(4, [4], 1, dropout: 1.5));
        Assert.Contains("1.5", dropout.Message);
    }

    [Fact]
    public void Models_take_their_initial_weights_from_their_seed_with_pytorchs_default_bounds()
    {
        static float[][] Weights(nn.Module model) => model.parameters().Select(p => p.data<float>().ToArray()).ToArray();

        manual_seed(1);
        var first = Weights(new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 3));
        manual_seed(2);
        Assert.Equal(first, Weights(new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 3)));
        Assert.NotEqual(first[0], Weights(new Cnn(1, 16, 16, [4, 8], [16], 2, seed: 4))[0]);
        Assert.Equal(Weights(new UNet(1, [4, 8], 1)), Weights(new UNet(1, [4, 8], 1)));

        // U(−1/√fan_in, 1/√fan_in): a 64×1024 layer's weights fill the interval (fan_in 1024, bound 1/32).
        var layer = new Mlp(1024, [64], 1, seed: 5).parameters().First().data<float>().ToArray();
        Assert.True(layer.Max() <= 1 / 32f && layer.Min() >= -1 / 32f);
        Assert.True(layer.Max() > 0.99 / 32 && layer.Min() < -0.99 / 32);
        Assert.Equal(0, layer.Average(), 3e-4);
        Assert.Equal(1 / 32.0 / Math.Sqrt(3), Math.Sqrt(layer.Average(w => (double)w * w)), 2e-4);
    }

    [Fact]
    public void Inputs_of_another_shape_than_the_model_was_built_for_are_named_with_both_shapes()
    {
        using var scope = NewDisposeScope();
        var cnn = Assert.Throws<ArgumentException>(() => new Cnn(1, 51, 51, [16, 32, 64], [32, 32], 2).forward(zeros(4, 1, 64, 64)));
        Assert.Contains("Cnn was built for batches of shape (N, 1, 51, 51)", cnn.Message);
        Assert.Contains("got (4, 1, 64, 64)", cnn.Message);
        var mlp = Assert.Throws<ArgumentException>(() => new Mlp(144, [8], 2).forward(zeros(4, 1, 10, 10)));
        Assert.Contains("Mlp was built for 144 input values per sample", mlp.Message);
        Assert.Contains("(4, 1, 10, 10), 100 values per sample", mlp.Message);
        var unet = Assert.Throws<ArgumentException>(() => new UNet(1, [4, 8], 1).forward(zeros(2, 3, 16, 16)));
        Assert.Contains("UNet was built for batches of shape (N, 1, height, width)", unet.Message);
        Assert.Contains("got (2, 3, 16, 16)", unet.Message);
    }

    [Fact]
    public void A_conditional_gan_learns_to_reproduce_a_fixed_mapping()
    {
        manual_seed(3);
        using var gan = new ConditionalGan(
            new UNetGenerator(1, 1, [8, 16], residualBlocks: 1, finalChannels: 8),
            new PatchDiscriminator(2, [8, 16]),
            learningRate: 2e-3);
        using var condition = rand(4, 1, 16, 16) * 2 - 1;
        using var target = -condition;

        var first = gan.TrainStep(condition, target);
        GanLosses last = first;
        for (int i = 0; i < 60; i++)
        {
            last = gan.TrainStep(condition, target);
        }

        Assert.True(double.IsFinite(last.Generator) && double.IsFinite(last.Discriminator));
        Assert.True(last.MeanAbsoluteError < first.MeanAbsoluteError / 2,
            $"the reconstruction error should at least halve in 60 steps: {first.MeanAbsoluteError:F3} → {last.MeanAbsoluteError:F3}");
        using var generated = gan.Generate(condition);
        Assert.Equal(target.shape, generated.shape);
    }
}
