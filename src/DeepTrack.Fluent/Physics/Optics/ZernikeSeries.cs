using System.Collections.Generic;

namespace DeepTrack.Fluent.Physics;

/// <summary>Adds a list of Zernike phase aberrations, given as arbitrary (n, m, coefficient) terms.</summary>
[Feature]
public sealed partial record ZernikeSeries : Feature<PupilFunction, PupilFunction>
{
    /// <summary>The terms.</summary>
    public partial IReadOnlyList<ZernikeTerm> Terms { get; init; } = [];

    /// <inheritdoc />
    protected override PupilFunction Compute(PupilFunction input, FeatureContext context)
    {
        var output = input;
        foreach (var term in Terms)
        {
            Require(term.N >= 0 && term.N <= ZernikeAberration.MaximumOrder && term.M >= -term.N && term.M <= term.N && ((term.N - term.M) & 1) == 0, term, $"every term needs 0 ≤ n ≤ {ZernikeAberration.MaximumOrder}, |m| ≤ n and n − |m| even", nameof(Terms));
            Require(double.IsFinite(term.Coefficient), term, "every term needs a finite coefficient", nameof(Terms));
            output = output.With(new ZernikeAberration(term.N, term.M, term.Coefficient));
        }

        return output;
    }
}
