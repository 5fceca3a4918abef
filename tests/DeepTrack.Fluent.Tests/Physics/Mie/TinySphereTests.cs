using System.Numerics;
using Xunit.Abstractions;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>Small spheres (iSCAT of nanoparticles): the default series is converged and accurate down to x = 10⁻⁶.</summary>
public class TinySphereTests(ITestOutputHelper output)
{
    public static TheoryData<int> Cases => [.. Enumerable.Range(0, TinySphereData.Cases.Length)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Asymmetry_backscattering_and_amplitudes_are_right_to_1e6(int index)
    {
        var (m, x, coefficients) = TinySphereData.Cases[index];
        var exact = new MieCoefficientSet([.. coefficients.Select(c => c.A)], [.. coefficients.Select(c => c.B)], x);
        var ours = MieCoefficients.Compute(m, x);
        double worst = Math.Max(Relative(ours.AsymmetryParameter, exact.AsymmetryParameter), Relative(ours.BackscatterEfficiency, exact.BackscatterEfficiency));
        worst = Math.Max(worst, Relative(ours.ScatteringEfficiency, exact.ScatteringEfficiency));
        for (int degrees = 0; degrees <= 180; degrees += 5)
        {
            var (s1, s2) = ours.AmplitudeFunctions(degrees * Math.PI / 180);
            var (e1, e2) = exact.AmplitudeFunctions(degrees * Math.PI / 180);
            worst = Math.Max(worst, Math.Max((s1 - e1).Magnitude / e1.Magnitude, (s2 - e2).Magnitude / e2.Magnitude));
        }

        output.WriteLine($"m {m}, x {x}: {ours.TermCount} terms, worst relative error {worst:E2}");
        Assert.True(worst < 1e-6, $"m {m}, x {x}: worst relative error {worst:E2}");
    }

    [Fact]
    public void One_term_is_not_enough_below_x_of_0_02()
    {
        // Wiscombe's rule alone (one term at x = 0.01): g 29 % low for m = 1.5 (the a₁a₂* term is missing), S₂(90°) lost.
        var (m, x, coefficients) = TinySphereData.Cases.First(c => c.M == new Complex(1.5, 0) && c.X == 0.01);
        var exact = new MieCoefficientSet([.. coefficients.Select(c => c.A)], [.. coefficients.Select(c => c.B)], x);
        var wiscombe = MieCoefficients.Compute(m, x, MieCoefficients.TermCount(x));
        Assert.Equal(1, wiscombe.TermCount);
        Assert.True(Relative(wiscombe.AsymmetryParameter, exact.AsymmetryParameter) > 0.25);
        Assert.True(Relative(wiscombe.AmplitudeFunctions(Math.PI / 2).S2.Magnitude, exact.AmplitudeFunctions(Math.PI / 2).S2.Magnitude) > 0.9);
    }

    private static double Relative(double actual, double expected) => Math.Abs(actual - expected) / Math.Abs(expected);

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-4)]
    [InlineData(0.01)]
    public void A_small_layered_sphere_of_one_material_is_the_homogeneous_sphere(double x)
    {
        // Yang's recurrence carries the excess of the logarithmic derivative through the interface; with equal layers the
        // coefficients must be the homogeneous sphere's, whose b_n cancel catastrophically if written naively.
        var m = new Complex(1.5, 0.01);
        var homogeneous = MieCoefficients.Compute(m, x);
        var layered = MieCoefficients.ComputeStratified([m, m], [0.6 * x, x]);
        for (int n = 0; n < 3; n++)
        {
            Assert.True((layered.A.Span[n] - homogeneous.A.Span[n]).Magnitude <= 1e-9 * homogeneous.A.Span[n].Magnitude, $"a_{n + 1}");
            Assert.True((layered.B.Span[n] - homogeneous.B.Span[n]).Magnitude <= 1e-9 * homogeneous.B.Span[n].Magnitude, $"b_{n + 1}");
        }
    }
}
