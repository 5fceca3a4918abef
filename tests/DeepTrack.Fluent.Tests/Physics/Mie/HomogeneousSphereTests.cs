using System;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class HomogeneousSphereTests
{
    [Theory]
    [InlineData(1.33, 0.1)]
    [InlineData(1.33, 10)]
    [InlineData(1.5, 1)]
    [InlineData(1.5, 100)]
    [InlineData(2.0, 5)]
    [InlineData(0.75, 20)]
    [InlineData(1.5, 1000)]
    [InlineData(3.0, 50)]
    public void RealIndexConservesEnergy(double m, double x)
    {
        MieCoefficientSet set = MieCoefficients.Compute(m, x);
        TestMath.AssertRelative(set.ExtinctionEfficiency, set.ScatteringEfficiency, 1e-12, $"m={m} x={x}");
    }

    [Theory]
    [InlineData(1.5, 0.0)]
    [InlineData(1.5, 0.1)]
    [InlineData(1.33, 0.01)]
    [InlineData(2.0, 1.0)]
    public void RayleighLimitScattering(double re, double im)
    {
        var m = new Complex(re, im);
        const double x = 0.01;
        MieCoefficientSet set = MieCoefficients.Compute(m, x);
        Complex polarizability = (m * m - 1) / (m * m + 2);
        double rayleighScattering = 8.0 / 3.0 * Math.Pow(x, 4) * polarizability.Magnitude * polarizability.Magnitude;
        TestMath.AssertRelative(rayleighScattering, set.ScatteringEfficiency, 0.01, "Qsca");
        if (im > 0)
        {
            double rayleighAbsorption = 4 * x * polarizability.Imaginary;
            TestMath.AssertRelative(rayleighAbsorption, set.AbsorptionEfficiency, 0.01, "Qabs");
        }
    }

    [Theory]
    [InlineData(1.33, 0.0)]
    [InlineData(1.5, 0.1)]
    public void LargeSphereApproachesExtinctionParadox(double re, double im)
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(re, im), 1000);
        Assert.True(TestMath.AllFinite(set.A.Span));
        Assert.True(TestMath.AllFinite(set.B.Span));
        Assert.InRange(set.ExtinctionEfficiency, 1.96, 2.04);
        Assert.True(set.AbsorptionEfficiency >= -1e-12 * set.ExtinctionEfficiency, $"Qabs = {set.AbsorptionEfficiency}");
        Assert.True(double.IsFinite(set.AsymmetryParameter));
    }

    [Theory]
    [InlineData(1.5, 1.0)]
    [InlineData(2.0, 5.0)]
    [InlineData(1.33, 0.01)]
    public void AbsorbingSpheresAreFiniteAndPhysical(double re, double im)
    {
        foreach (double x in new[] { 0.1, 1, 10, 100 })
        {
            MieCoefficientSet set = MieCoefficients.Compute(new Complex(re, im), x);
            Assert.True(TestMath.AllFinite(set.A.Span), $"a_n finite at x={x}");
            Assert.True(TestMath.AllFinite(set.B.Span), $"b_n finite at x={x}");
            Assert.True(set.ScatteringEfficiency >= 0, $"Qsca at x={x}");
            Assert.True(set.ExtinctionEfficiency - set.ScatteringEfficiency > 0, $"Qext - Qsca at x={x}");
            Assert.True(double.IsFinite(set.AsymmetryParameter), $"g at x={x}");
        }
    }

    [Theory]
    [InlineData(1.5, 0.0, 0.5)]
    [InlineData(1.5, 0.0, 5)]
    [InlineData(1.33, 0.01, 20)]
    [InlineData(1.5, 1.0, 20)]
    [InlineData(2.0, 1.0, 50)]
    [InlineData(1.33, 0.0, 50)]
    [InlineData(0.8, 0.0, 5)]
    [InlineData(2.0, 5.0, 0.5)]
    public void AgreesWithDirectBesselFunctionEvaluation(double re, double im, double x)
    {
        var m = new Complex(re, im);
        int terms = MieCoefficients.ConvergedTermCount(x);
        var (a, b) = IndependentMie.Homogeneous(m, x, terms);
        TestMath.AssertCoefficients(a, b, MieCoefficients.Compute(m, x), 1e-8, $"m={m} x={x}");
    }

    [Theory]
    [MemberData(nameof(HighPrecisionData.Homogeneous), MemberType = typeof(HighPrecisionData))]
    public void AgreesWithHighPrecisionValues(HighPrecisionData.HomogeneousCase reference)
    {
        int highest = 0;
        foreach (var row in reference.Rows)
        {
            highest = Math.Max(highest, row.N);
        }

        MieCoefficientSet set = MieCoefficients.Compute(reference.M, reference.X, Math.Max(highest, MieCoefficients.TermCount(reference.X)));
        foreach (var (n, a, b) in reference.Rows)
        {
            TestMath.AssertRelative(a, set.A.Span[n - 1], 1e-10, $"a_{n}");
            TestMath.AssertRelative(b, set.B.Span[n - 1], 1e-10, $"b_{n}");
        }
    }

    [Fact]
    public void BohrenHuffmanAppendixExample()
    {
        // BHMIE example: refractive index 1.55, radius 0.525, wavelength 0.6328 (Bohren & Huffman 1983, appendix A).
        MieCoefficientSet set = MieCoefficients.Compute(1.55, 2 * Math.PI * 0.525 / 0.6328);
        Assert.Equal(3.1054, set.ScatteringEfficiency, 4);
        Assert.Equal(3.1054, set.ExtinctionEfficiency, 4);
        Assert.Equal(2.9253, set.BackscatterEfficiency, 4);
    }

    [Theory]
    [InlineData(10, 2.8820)]
    [InlineData(100, 2.0944)]
    [InlineData(1000, 2.0139)]
    public void WiscombeNonAbsorbingTestCases(double x, double extinction)
    {
        // MIEV0 test cases for m = 1.5 (Wiscombe 1979, NCAR/TN-140+STR).
        MieCoefficientSet set = MieCoefficients.Compute(1.5, x);
        Assert.Equal(extinction, set.ExtinctionEfficiency, 4);
        Assert.Equal(extinction, set.ScatteringEfficiency, 4);
    }

    [Fact]
    public void WiscombeAsymmetryParameterAtSizeHundred()
    {
        MieCoefficientSet set = MieCoefficients.Compute(1.5, 100);
        Assert.Equal(0.8182, set.AsymmetryParameter, 4);
    }

    [Fact]
    public void DefaultTermCountIsWiscombePlusTwo()
    {
        Assert.Equal(MieCoefficients.TermCount(7.5) + 2, MieCoefficients.Compute(1.5, 7.5).TermCount);
        Assert.Equal(3, MieCoefficients.ConvergedTermCount(0.01));
        Assert.Equal(7, MieCoefficients.Compute(1.5, 7.5, 7).TermCount);
    }

    [Theory]
    [InlineData(0.01, 1)]
    [InlineData(3, 9)]
    [InlineData(8, 17)]
    [InlineData(8.0001, 18)]
    [InlineData(10, 20)]
    [InlineData(1000, 1042)]
    [InlineData(5000, 5070)]
    public void WiscombeTermCount(double x, int expected)
        => Assert.Equal(expected, MieCoefficients.TermCount(x));

    [Theory]
    [InlineData(3, 10)]
    [InlineData(10, 20)]
    [InlineData(1000, 1042)]
    [InlineData(0.5, 5)]
    public void DeepTrackTermCount(double x, int expected)
        => Assert.Equal(expected, MieCoefficients.TermCountDeepTrack(x));

    [Fact]
    public void ExcessTermsAreNegligibleAndFinite()
    {
        MieCoefficientSet set = MieCoefficients.Compute(new Complex(1.5, 0.1), 0.01, 200);
        Assert.True(TestMath.AllFinite(set.A.Span));
        Assert.True(TestMath.AllFinite(set.B.Span));
        Assert.Equal(0, set.A.Span[199]);
        TestMath.AssertRelative(
            MieCoefficients.Compute(new Complex(1.5, 0.1), 0.01, 10).ExtinctionEfficiency, set.ExtinctionEfficiency, 1e-14, "Qext");
    }
}
