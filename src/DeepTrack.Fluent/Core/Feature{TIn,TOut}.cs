namespace DeepTrack.Fluent;

/// <summary>
/// A feature that turns an input of type <typeparamref name="TIn"/> into an output of type
/// <typeparamref name="TOut"/>. Chaining with <c>&gt;&gt;</c> only compiles when the types fit.
/// </summary>
/// <typeparam name="TIn">The input type (<see cref="NoInput"/> for features that start a pipeline).</typeparam>
/// <typeparam name="TOut">The output type.</typeparam>
public abstract record Feature<TIn, TOut> : Feature
{
    /// <summary>
    /// Computes the output. Runs on the resolved copy: every property holds the plain value of the
    /// current sample and replica. The input's images are read-only (writing into them throws a
    /// <see cref="ReadOnlyImageException"/> naming this feature): write into images this method creates
    /// (<c>input.CreateLike()</c>, <c>input.Clone()</c>, <c>new Image&lt;T&gt;(…)</c>). The images of the output
    /// become read-only once it is returned.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="context">Seeded randomness and evaluation of child features.</param>
    /// <returns>The output.</returns>
    protected abstract TOut Compute(TIn input, FeatureContext context);

    /// <summary>
    /// For features that move pixels: how a position in the input maps to the output, so that
    /// positional ground truth follows the pixels. Null (the default) means positions are unchanged.
    /// </summary>
    /// <param name="input">The input about to be transformed.</param>
    /// <returns>The mapping, or null.</returns>
    protected virtual CoordinateMapping? MapCoordinates(TIn input) => null;

    internal TOut Run(TIn input, FeatureContext context)
    {
        TOut output;
        try
        {
            output = Compute(input, context);
        }
        catch (ReadOnlyImageException exception) when (exception.FeatureName is null)
        {
            throw exception.InFeature(Name, exception);
        }

        output = GroundTruthPropagation.Apply(input, output, this, context, MapCoordinates(input));
        OutputImages.MakeReadOnly(output);
        return output;
    }
}
