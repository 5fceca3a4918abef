namespace DeepTrack.Fluent.Tests.Features;

/// <summary>How <see cref="WriteIntoInput"/> writes into the image it received.</summary>
public enum InputWrite
{
    /// <summary>Through <see cref="Image{T}.AsWritableSpan"/>.</summary>
    Span,

    /// <summary>Through the indexer's setter.</summary>
    Indexer,

    /// <summary>Through <see cref="Image{T}.WritablePlane"/>.</summary>
    Plane,
}

/// <summary>A faulty feature: adds one to the first pixel of its input in place and returns the input.</summary>
[Feature]
public sealed partial record WriteIntoInput : Feature<Image<double>, Image<double>>
{
    public partial InputWrite How { get; init; } = InputWrite.Span;

    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        switch (How)
        {
            case InputWrite.Span:
                input.AsWritableSpan()[0] += 1;
                break;
            case InputWrite.Indexer:
                input[0, 0] += 1;
                break;
            default:
                input.WritablePlane(0)[0] += 1;
                break;
        }

        return input;
    }
}

/// <summary>The correct way: adds one to the first pixel of a copy.</summary>
[Feature]
public sealed partial record AddToCopy : Feature<Image<double>, Image<double>>
{
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        var output = input.Clone();
        output.AsWritableSpan()[0] += 1;
        return output;
    }
}

/// <summary>Fails (a property check) when its drawn <see cref="Value"/> is negative.</summary>
[Feature]
public sealed partial record RequireNonNegative : Feature<double, double>
{
    public partial double Value { get; init; }

    protected override double Compute(double input, FeatureContext context)
    {
        Require(Value >= 0, Value, "must be ≥ 0");
        return input + Value;
    }
}
