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
            Require(term.N >= 0 && System.Math.Abs(term.M) <= term.N && (term.N - System.Math.Abs(term.M)) % 2 == 0, term, "needs n ≥ 0, |m| ≤ n and n − |m| even");
            Require(double.IsFinite(term.Coefficient), term, "needs a finite coefficient");
            output = output.With(new ZernikeAberration(term.N, term.M, term.Coefficient));
        }

        return output;
    }
}
