using System.Collections.Generic;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepTrack.Fluent.Torch;

/// <summary>
/// A dense network (multi-layer perceptron): flattens its input, then hidden linear layers with ReLU
/// (and optional dropout), then a linear output layer. Like deeplay's <c>MultiLayerPerceptron</c>.
/// </summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly Flatten flatten;
    private readonly Sequential layers;

    /// <summary>Creates the network.</summary>
    /// <param name="inputs">Input values per sample (C·H·W for images).</param>
    /// <param name="hidden">Units of each hidden layer, e.g. [64, 256].</param>
    /// <param name="outputs">Output values per sample.</param>
    /// <param name="dropout">Dropout probability after each hidden layer (0: none).</param>
    public Mlp(int inputs, IReadOnlyList<int> hidden, int outputs, double dropout = 0)
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
        RegisterComponents();
    }

    /// <inheritdoc/>
    public override Tensor forward(Tensor input) => layers.forward(flatten.forward(input));
}
