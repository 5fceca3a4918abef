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
