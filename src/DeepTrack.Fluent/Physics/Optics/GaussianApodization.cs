namespace DeepTrack.Fluent.Physics;

/// <summary>Multiplies the pupil amplitude by a Gaussian (see <see cref="Apodization"/>): high frequencies are attenuated.</summary>
[Feature]
public sealed partial record GaussianApodization : Feature<PupilFunction, PupilFunction>
{
    /// <summary>The width σ in units of the aperture radius (&gt; 0).</summary>
    [Positive]
    public partial double Sigma { get; init; } = 1;

    /// <summary>The centre's offset along the row frequencies, in units of the aperture radius.</summary>
    public partial double OffsetRow { get; init; } = 0;

    /// <summary>The centre's offset along the column frequencies, in units of the aperture radius.</summary>
    public partial double OffsetColumn { get; init; } = 0;

    /// <inheritdoc />
    protected override PupilFunction Compute(PupilFunction input, FeatureContext context)
    {
        Require(double.IsFinite(OffsetRow), OffsetRow, "must be finite");
        Require(double.IsFinite(OffsetColumn), OffsetColumn, "must be finite");
        return input.With(new Apodization(Sigma, OffsetRow, OffsetColumn));
    }
}
