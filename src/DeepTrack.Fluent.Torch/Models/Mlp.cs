using System.Collections.Generic;
using System.Linq;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A dense network (multi-layer perceptron): flattens its input, then hidden linear layers with ReLU
/// (and optional dropout), then a linear output layer. Like deeplay's <c>MultiLayerPerceptron</c>. The outputs are
/// unbounded: raw numbers for regression, or <b>logits</b> for classification (use <see cref="Loss.CrossEntropy"/> or
/// <see cref="Loss.BinaryCrossEntropy"/> with <c>fromLogits: true</c>, which apply the softmax or sigmoid themselves).
/// </summary>
/// <remarks>
/// Every model of this package draws its initial weights from its <c>seed</c> argument (default 0) rather than from
/// torch's global generator: each weight and bias of a linear or convolution layer from U(−1/√fan_in, 1/√fan_in), the
/// distribution of PyTorch's default initialisation. The same constructor call gives the same weights in every program;
/// pass other seeds for other initialisations (an ensemble, repeated runs).
/// </remarks>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly Flatten flatten;
    private readonly Sequential layers;

    /// <summary>Creates the network.</summary>
    /// <param name="inputs">Input values per sample (C·H·W for images).</param>
    /// <param name="hidden">Units of each hidden layer, e.g. [64, 256].</param>
    /// <param name="outputs">Output values per sample.</param>
    /// <param name="dropout">Dropout probability after each hidden layer (0: none).</param>
    /// <param name="seed">Seeds the initial weights (PyTorch's default scheme; see the remarks of <see cref="Mlp"/>).</param>
    public Mlp(int inputs, IReadOnlyList<int> hidden, int outputs, double dropout = 0, long seed = 0)
        : base(nameof(Mlp))
    {
        Layers.Positive(inputs, nameof(inputs));
        Layers.Positive(outputs, nameof(outputs));
        if (dropout is < 0 or >= 1)
        {
            throw new System.ArgumentOutOfRangeException(nameof(dropout), dropout, "The dropout probability must be in [0, 1).");
        }

        var sizes = Layers.Sizes(hidden, nameof(hidden), 0);
        var list = new List<(string, nn.Module<Tensor, Tensor>)>();
        long width = inputs;
        for (int i = 0; i < sizes.Length; i++)
        {
            list.Add(($"linear{i}", nn.Linear(width, sizes[i])));
            list.Add(($"relu{i}", nn.ReLU()));
            if (dropout > 0)
            {
                list.Add(($"dropout{i}", nn.Dropout(dropout)));
            }

            width = sizes[i];
        }

        list.Add(("output", nn.Linear(width, outputs)));
        flatten = nn.Flatten();
        layers = nn.Sequential(list);
        Inputs = inputs;
        RegisterComponents();
        Layers.Initialize(this, seed);
    }

    /// <summary>Input values per sample.</summary>
    public int Inputs { get; }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input)
    {
        long perSample = input.dim() < 1 ? 0 : input.shape.Skip(1).Aggregate(1L, (a, b) => a * b);
        if (input.dim() < 2 || perSample != Inputs)
        {
            throw new System.ArgumentException(
                $"Mlp was built for {Inputs} input values per sample, but got a batch of shape ({string.Join(", ", input.shape)}), " +
                $"{perSample} values per sample: build it with inputs = {perSample}, or give it inputs of the size it was built for.", nameof(input));
        }

        return layers.forward(flatten.forward(input));
    }
}
