using System;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class AmplitudeFunctionTests
{
    public static TheoryData<double, double, double> Spheres => new()
    {
        { 1.5, 0.0, 0.5 },
        { 1.5, 0.0, 10 },
        { 1.33, 0.01, 25 },
        { 1.5, 1.0, 5 },
        { 2.0, 5.0, 40 },
    };

    [Theory]
    [MemberData(nameof(Spheres))]
    public void OpticalTheorem(double re, double im, double x)
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(re, im), x);
        var (s1, s2) = set.AmplitudeFunctions(0.0);
        TestMath.AssertRelative(s1, s2, 1e-13, "S1(0) = S2(0)");
        TestMath.AssertRelative(set.ExtinctionEfficiency, 4 / (x * x) * s1.Real, 1e-12, "Qext");
    }

    [Theory]
    [MemberData(nameof(Spheres))]
    public void BackscatterMatchesAmplitudeAtPi(double re, double im, double x)
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(re, im), x);
        var (s1, s2) = set.AmplitudeFunctions(Math.PI);
        TestMath.AssertRelative(-s1, s2, 1e-12, "S2(pi) = -S1(pi)");
        double squared = s1.Magnitude * s1.Magnitude;
        TestMath.AssertRelative(set.BackscatterEfficiency, 4 * squared / (x * x), 1e-12, "Qback");
    }

    [Theory]
    [MemberData(nameof(Spheres))]
    public void AngularIntegralsReproduceScatteringAndAsymmetry(double re, double im, double x)
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(re, im), x);
        const int intervals = 20000;
        var mu = new double[intervals + 1];
        var sine = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++)
        {
            double theta = Math.PI * i / intervals;
            mu[i] = Math.Cos(theta);
            sine[i] = Math.Sin(theta);
        }

        var s1 = new Complex[mu.Length];
        var s2 = new Complex[mu.Length];
        set.AmplitudeFunctions(mu, s1, s2);

        double scattering = 0;
        double weightedCosine = 0;
        for (int i = 0; i <= intervals; i++)
        {
            double weight = i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2;
            double intensity = (s1[i].Magnitude * s1[i].Magnitude + s2[i].Magnitude * s2[i].Magnitude) * sine[i];
            scattering += weight * intensity;
            weightedCosine += weight * intensity * mu[i];
        }

        double h = Math.PI / intervals;
        scattering *= h / 3 / (x * x);
        weightedCosine *= h / 3 / (x * x);
        TestMath.AssertRelative(set.ScatteringEfficiency, scattering, 1e-8, "Qsca");
        Assert.True(
            Math.Abs(set.AsymmetryParameter - weightedCosine / scattering) < 1e-8,
            $"g: {set.AsymmetryParameter} vs {weightedCosine / scattering}");
    }

    [Fact]
    public void BulkEvaluationMatchesSingleAngle()
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(1.5, 0.05), 12);
        double[] angles = [0, 0.3, 1, Math.PI / 2, 2.5, Math.PI];
        var mu = new double[angles.Length];
        for (int i = 0; i < angles.Length; i++)
        {
            mu[i] = Math.Cos(angles[i]);
        }

        var s1 = new Complex[mu.Length];
        var s2 = new Complex[mu.Length];
        set.AmplitudeFunctions(mu, s1, s2);
        for (int i = 0; i < angles.Length; i++)
        {
            var (e1, e2) = set.AmplitudeFunctions(angles[i]);
            TestMath.AssertRelative(e1, s1[i], 1e-12, $"S1({angles[i]})");
            TestMath.AssertRelative(e2, s2[i], 1e-12, $"S2({angles[i]})");
            var (k1, k2) = MieCoefficientSet.AmplitudeFunctionsAtCosine(set.A.Span, set.B.Span, mu[i]);
            Assert.Equal(s1[i], k1);
            Assert.Equal(s2[i], k2);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.3)]
    [InlineData(-0.8)]
    public void LowOrderTermsHaveClosedForms(double mu)
    {
        var a1 = new Complex(0.2, -0.1);
        var b2 = new Complex(-0.05, 0.3);
        var (s1, s2) = MieCoefficientSet.AmplitudeFunctionsAtCosine([a1, Complex.Zero], [Complex.Zero, b2], mu);

        // pi_1 = 1, tau_1 = mu, pi_2 = 3 mu, tau_2 = 3 cos 2theta = 6 mu^2 - 3.
        Complex expected1 = 1.5 * a1 + 5.0 / 6.0 * b2 * (6 * mu * mu - 3);
        Complex expected2 = 1.5 * a1 * mu + 5.0 / 6.0 * b2 * 3 * mu;
        TestMath.AssertRelative(expected1, s1, 1e-14, "S1");
        TestMath.AssertRelative(expected2, s2, 1e-14, "S2");
    }

    [Fact]
    public void InvalidAnglesAreRejected()
    {
        MieCoefficientSet set = MieCoefficients.Compute(1.5, 2);
        var one = new Complex[1];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => set.AmplitudeFunctions([1.5], one, one));
        Assert.Equal("cosTheta", ex.ParamName);
        Assert.Contains("1.5", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => set.AmplitudeFunctions([double.NaN], one, one));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.AmplitudeFunctions(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => MieCoefficientSet.AmplitudeFunctionsAtCosine(set.A.Span, set.B.Span, -1.0000001));
        Assert.Throws<ArgumentException>(() => set.AmplitudeFunctions([0.5, 0.2], one, one));
        Assert.Throws<ArgumentException>(
            () => MieCoefficientSet.AmplitudeFunctionsAtCosine(set.A.Span, set.B.Span[1..], 0.5));
    }
}
