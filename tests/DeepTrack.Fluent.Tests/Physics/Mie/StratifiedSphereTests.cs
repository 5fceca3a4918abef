using System;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class StratifiedSphereTests
{
    [Theory]
    [InlineData(1.5, 0.01, new[] { 2.0, 5.0, 8.0 })]
    [InlineData(1.33, 0.0, new[] { 10.0, 30.0, 50.0 })]
    [InlineData(2.0, 1.0, new[] { 1.0, 3.0 })]
    [InlineData(1.5, 0.1, new[] { 100.0, 400.0, 700.0, 1000.0 })]
    public void EqualLayersReproduceHomogeneousSphere(double re, double im, double[] sizes)
    {
        var m = new Complex(re, im);
        var indices = new Complex[sizes.Length];
        Array.Fill(indices, m);
        MieCoefficientSet layered = MieCoefficients.ComputeStratified(indices, sizes);
        MieCoefficientSet homogeneous = MieCoefficients.Compute(m, sizes[^1]);
        Assert.Equal(sizes[^1], layered.SizeParameter);
        TestMath.AssertCoefficients(homogeneous.A.ToArray(), homogeneous.B.ToArray(), layered, 1e-10, "layered");
    }

    [Fact]
    public void SingleLayerIsHomogeneousSphere()
    {
        var m = new Complex(1.5, 0.2);
        MieCoefficientSet layered = MieCoefficients.ComputeStratified([m], [7.0]);
        MieCoefficientSet homogeneous = MieCoefficients.Compute(m, 7.0);
        TestMath.AssertCoefficients(homogeneous.A.ToArray(), homogeneous.B.ToArray(), layered, 1e-14, "single layer");
    }

    [Theory]
    [InlineData(1.5, 0.01, 1.33, 0.0, 3.0, 5.0)]
    [InlineData(1.5, 0.0, 1.2, 0.1, 10.0, 12.0)]
    [InlineData(1.59, 0.0, 1.33, 0.0, 4.0, 6.0)]
    [InlineData(1.2, 0.0, 1.7, 0.02, 0.5, 1.0)]
    [InlineData(2.0, 1.0, 1.45, 0.0, 15.0, 20.0)]
    public void TwoLayersMatchCoatedSphere(double coreRe, double coreIm, double shellRe, double shellIm, double x, double y)
    {
        var core = new Complex(coreRe, coreIm);
        var shell = new Complex(shellRe, shellIm);
        MieCoefficientSet layered = MieCoefficients.ComputeStratified([core, shell], [x, y]);
        var (a, b) = IndependentMie.Coated(core, shell, x, y, layered.TermCount);
        TestMath.AssertCoefficients(a, b, layered, 1e-8, "coated");
    }

    [Theory]
    [InlineData(1.5, 0.0, 3.0, 3.03)]
    [InlineData(1.5, 0.5, 10.0, 10.1)]
    [InlineData(1.33, 0.0, 40.0, 60.0)]
    public void ShellMatchingMediumIsInvisible(double re, double im, double core, double outer)
    {
        var m = new Complex(re, im);
        int terms = MieCoefficients.TermCount(outer);
        MieCoefficientSet layered = MieCoefficients.ComputeStratified([m, Complex.One], [core, outer], terms);
        MieCoefficientSet bare = MieCoefficients.Compute(m, core, terms);
        for (int i = 0; i < terms; i++)
        {
            // |a_n|, |b_n| <= 1, so the absolute allowance is relative to the largest coefficients.
            Complex a = bare.A.Span[i];
            Complex b = bare.B.Span[i];
            Assert.True((layered.A.Span[i] - a).Magnitude <= 1e-10 * a.Magnitude + 1e-14, $"a_{i + 1}: {a} vs {layered.A.Span[i]}");
            Assert.True((layered.B.Span[i] - b).Magnitude <= 1e-10 * b.Magnitude + 1e-14, $"b_{i + 1}: {b} vs {layered.B.Span[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(HighPrecisionData.Stratified), MemberType = typeof(HighPrecisionData))]
    public void AgreesWithHighPrecisionValues(HighPrecisionData.StratifiedCase reference)
    {
        int highest = 0;
        foreach (var row in reference.Rows)
        {
            highest = Math.Max(highest, row.N);
        }

        MieCoefficientSet set = MieCoefficients.ComputeStratified(
            reference.M, reference.X, Math.Max(highest, MieCoefficients.TermCount(reference.X[^1])));
        foreach (var (n, a, b) in reference.Rows)
        {
            TestMath.AssertRelative(a, set.A.Span[n - 1], 1e-10, $"a_{n}");
            TestMath.AssertRelative(b, set.B.Span[n - 1], 1e-10, $"b_{n}");
        }
    }

    [Fact]
    public void NonAbsorbingLayersConserveEnergy()
    {
        MieCoefficientSet set = MieCoefficients.ComputeStratified([1.6, 1.2, 1.45], [5.0, 15.0, 25.0]);
        TestMath.AssertRelative(set.ExtinctionEfficiency, set.ScatteringEfficiency, 1e-12, "Qext = Qsca");
    }

    [Fact]
    public void StronglyAbsorbingShellIsFiniteAndPhysical()
    {
        MieCoefficientSet set = MieCoefficients.ComputeStratified([1.5, new Complex(2, 5)], [500.0, 1000.0]);
        Assert.True(TestMath.AllFinite(set.A.Span));
        Assert.True(TestMath.AllFinite(set.B.Span));
        Assert.True(set.ExtinctionEfficiency - set.ScatteringEfficiency > 0);
    }
}
