using System;
using System.Numerics;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

public class InputValidationTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2e6)]
    public void SizeParameterOutOfRange(double x)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.Compute(1.5, x));
        AssertNamesParameterAndValue(ex, "x", x);
        AssertNamesParameterAndValue(Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.TermCount(x)), "x", x);
        AssertNamesParameterAndValue(
            Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.TermCountDeepTrack(x)), "x", x);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void TermsBelowOne(int terms)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.Compute(1.5, 1, terms));
        AssertNamesParameterAndValue(ex, "terms", terms);
        Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.ComputeStratified([1.5], [1.0], terms));
    }

    [Theory]
    [InlineData(1.5, -0.1)]
    [InlineData(double.NaN, 0)]
    [InlineData(1.5, double.PositiveInfinity)]
    [InlineData(0, 0)]
    public void RefractiveIndexOutOfRange(double re, double im)
    {
        var m = new Complex(re, im);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MieCoefficients.Compute(m, 1));
        AssertNamesParameterAndValue(ex, "m", m);
        var layered = Assert.Throws<ArgumentOutOfRangeException>(
            () => MieCoefficients.ComputeStratified([1.5, m], [1.0, 2.0]));
        AssertNamesParameterAndValue(layered, "relativeIndices", m);
    }

    [Fact]
    public void StratifiedLayoutErrors()
    {
        Assert.Throws<ArgumentNullException>(() => MieCoefficients.ComputeStratified(null!, [1.0]));
        Assert.Throws<ArgumentNullException>(() => MieCoefficients.ComputeStratified([1.5], null!));
        Assert.Equal("relativeIndices", Assert.Throws<ArgumentException>(() => MieCoefficients.ComputeStratified([], [])).ParamName);
        Assert.Equal(
            "sizeParameters",
            Assert.Throws<ArgumentException>(() => MieCoefficients.ComputeStratified([1.5, 1.2], [1.0])).ParamName);

        var decreasing = Assert.Throws<ArgumentOutOfRangeException>(
            () => MieCoefficients.ComputeStratified([1.5, 1.2], [2.0, 1.5]));
        AssertNamesParameterAndValue(decreasing, "sizeParameters", 1.5);
        var equal = Assert.Throws<ArgumentOutOfRangeException>(
            () => MieCoefficients.ComputeStratified([1.5, 1.2], [2.0, 2.0]));
        Assert.Equal("sizeParameters", equal.ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(
            () => MieCoefficients.ComputeStratified([1.5, 1.2], [-1.0, 2.0]));
        AssertNamesParameterAndValue(negative, "sizeParameters", -1.0);
    }

    private static void AssertNamesParameterAndValue(ArgumentOutOfRangeException ex, string parameter, object value)
    {
        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains($"'{parameter}'", ex.Message);
        Assert.Equal(value, ex.ActualValue);
        Assert.Contains(value.ToString()!, ex.Message);
    }
}
