using System;
using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// The LodeSTAR network (Midtvedt et al., Nat. Commun. 13, 7492, 2022): a small fully convolutional network that, for
/// every output pixel, votes for the position of the object it sees and says how much that vote counts. Trained without
/// labels by <see cref="LodeStarTrainer"/> from a single crop of the object; used through <see cref="LodeStarDetector"/>.
/// </summary>
/// <remarks>
/// 3×3 convolutions with ReLU (<c>before</c> channels), one 2×2 max pooling, more 3×3 convolutions (<c>after</c>
/// channels) and a 1×1 convolution to three channels (Δrow, Δcolumn, weight logit). The output is (N, 3, H/2, W/2):
/// channel 0 the voted row and channel 1 the voted column, in input pixels (the output pixel's centre in the input,
/// 2·i + 0.5, plus Δ), channel 2 the vote's weight in (0, 1) (the sigmoid of the logit). Any image size works; an odd
/// row or column at the border is not covered by the pooling.
/// </remarks>
public sealed class LodeStar : nn.Module<Tensor, Tensor>
{
    /// <summary>The factor by which the output is smaller than the input.</summary>
    public const int Stride = 2;

    private readonly Sequential body;

    /// <summary>Creates the network, its weights drawn from <paramref name="seed"/>.</summary>
    /// <param name="channels">Input channels.</param>
    /// <param name="before">Channels of the 3×3 convolutions before the pooling (default [32, 32]).</param>
    /// <param name="after">Channels of the 3×3 convolutions after the pooling (default [64, 64, 64]).</param>
    /// <param name="seed">Seeds the initial weights.</param>
    public LodeStar(int channels = 1, IReadOnlyList<int>? before = null, IReadOnlyList<int>? after = null, long seed = 0)
        : base(nameof(LodeStar))
    {
        Layers.Positive(channels, nameof(channels));
        var first = Layers.Sizes(before ?? [32, 32], nameof(before), 1);
        var second = Layers.Sizes(after ?? [64, 64, 64], nameof(after), 1);
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        long inChannels = channels;
        for (int i = 0; i < first.Length; i++)
        {
            layers.Add(($"conv{i}", nn.Conv2d(inChannels, first[i], 3, padding: 1)));
            layers.Add(($"act{i}", nn.ReLU()));
            inChannels = first[i];
        }

        layers.Add(("pool", nn.MaxPool2d(Stride)));
        for (int i = 0; i < second.Length; i++)
        {
            layers.Add(($"conv{first.Length + i}", nn.Conv2d(inChannels, second[i], 3, padding: 1)));
            layers.Add(($"act{first.Length + i}", nn.ReLU()));
            inChannels = second[i];
        }

        layers.Add(("head", nn.Conv2d(inChannels, 3, 1)));
        body = nn.Sequential(layers);
        Channels = channels;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>The input channels it was built for.</summary>
    public int Channels { get; }

    /// <summary>Votes and weights, (N, 3, H/2, W/2): voted row, voted column (input pixels) and weight in (0, 1).</summary>
    /// <param name="input">A batch (N, channels, H, W), H and W at least 2.</param>
    /// <returns>The vote map.</returns>
    public override Tensor forward(Tensor input)
    {
        Layers.CheckInput(input, nameof(LodeStar), Channels);
        if (input.shape[2] < Stride || input.shape[3] < Stride)
        {
            throw new ArgumentException($"LodeStar needs images of at least {Stride}×{Stride} pixels; got {input.shape[2]}×{input.shape[3]}.", nameof(input));
        }

        using var scope = NewDisposeScope();
        var y = body.forward(input);
        long h = y.shape[2], w = y.shape[3];
        double centre = (Stride - 1) / 2.0;
        var rows = (arange(h, dtype: y.dtype, device: y.device) * Stride + centre).view(1, h, 1);
        var columns = (arange(w, dtype: y.dtype, device: y.device) * Stride + centre).view(1, 1, w);
        var voteRow = y.select(1, 0) + rows;
        var voteColumn = y.select(1, 1) + columns;
        var weight = y.select(1, 2).sigmoid();
        return stack([voteRow, voteColumn, weight], 1).MoveToOuterDisposeScope();
    }
}
