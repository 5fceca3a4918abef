using System;
using System.Collections.Generic;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

internal static class TestMath
{
    public static double RelativeError(Complex actual, Complex expected)
        => (actual - expected).Magnitude / expected.Magnitude;

    public static double RelativeError(double actual, double expected)
        => Math.Abs(actual - expected) / Math.Abs(expected);

    public static void AssertRelative(Complex expected, Complex actual, double tolerance, string label)
    {
        double error = RelativeError(actual, expected);
        Assert.True(error < tolerance, $"{label}: expected {expected}, got {actual}, relative error {error:E2} >= {tolerance:E0}");
    }

    public static void AssertRelative(double expected, double actual, double tolerance, string label)
    {
        double error = RelativeError(actual, expected);
        Assert.True(error < tolerance, $"{label}: expected {expected:R}, got {actual:R}, relative error {error:E2} >= {tolerance:E0}");
    }

    public static void AssertCoefficients(
        IReadOnlyList<Complex> expectedA, IReadOnlyList<Complex> expectedB, MieCoefficientSet actual, double tolerance, string label)
    {
        Assert.Equal(expectedA.Count, actual.TermCount);
        for (int i = 0; i < expectedA.Count; i++)
        {
            AssertRelative(expectedA[i], actual.A.Span[i], tolerance, $"{label} a_{i + 1}");
            AssertRelative(expectedB[i], actual.B.Span[i], tolerance, $"{label} b_{i + 1}");
        }
    }

    public static bool AllFinite(ReadOnlySpan<Complex> values)
    {
        foreach (Complex v in values)
        {
            if (!double.IsFinite(v.Real) || !double.IsFinite(v.Imaginary))
            {
                return false;
            }
        }

        return true;
    }
}
