using System;
using System.IO;
using System.Numerics;
using System.Text.Json;
using Xunit;
using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Physics.Mie;

namespace DeepTrack.Fluent.Tests.Physics.Mie;

/// <summary>Comparison with coefficients exported from DeepTrack 2.0 (deeptrack.backend.mie.coefficients).</summary>
public class ReferenceDataTests
{
    [Theory]
    [InlineData("iv_mie_coefficients_m1.5_x3.json")]
    [InlineData("iv_mie_coefficients_m1.33_x10.json")]
    public void CoefficientsMatchDeepTrack2(string fileName)
    {
        var reference = Load(fileName);
        MieCoefficientSet set = MieCoefficients.Compute(reference.M, reference.X, reference.Terms);
        TestMath.AssertCoefficients(reference.A, reference.B, set, 1e-10, fileName);
    }

    [Theory]
    [InlineData("iv_mie_coefficients_m1.5_x3.json")]
    [InlineData("iv_mie_coefficients_m1.33_x10.json")]
    public void EfficienciesMatchDeepTrack2(string fileName)
    {
        var reference = Load(fileName);
        MieCoefficientSet set = MieCoefficients.Compute(reference.M, reference.X, reference.Terms);
        TestMath.AssertRelative(reference.Qext, set.ExtinctionEfficiency, 1e-12, "Qext");
        TestMath.AssertRelative(reference.Qsca, set.ScatteringEfficiency, 1e-12, "Qsca");
    }

    [Theory]
    [InlineData("iv_mie_coefficients_m1.5_x3.json")]
    [InlineData("iv_mie_coefficients_m1.33_x10.json")]
    public void DeepTrackTermRuleReproducesReferenceTermCount(string fileName)
    {
        var reference = Load(fileName);
        Assert.Equal(reference.Terms, MieCoefficients.TermCountDeepTrack(reference.X));
    }

    private sealed record Reference(Complex M, double X, int Terms, Complex[] A, Complex[] B, double Qext, double Qsca);

    private static Reference Load(string fileName)
    {
        string path = DeepTrack.Fluent.Testing.RepositoryPaths.Reference(fileName);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        JsonElement parameters = root.GetProperty("params");
        JsonElement mElement = parameters.GetProperty("m");
        Complex m = mElement.ValueKind == JsonValueKind.Number
            ? new Complex(mElement.GetDouble(), 0)
            : new Complex(mElement.GetProperty("re").GetDouble(), mElement.GetProperty("im").GetDouble());
        double x = parameters.GetProperty("x").GetDouble();
        int terms = parameters.GetProperty("L").GetInt32();

        JsonElement shape = root.GetProperty("shape");
        Assert.Equal(2, shape[0].GetInt32());
        Assert.Equal(terms, shape[1].GetInt32());

        JsonElement real = root.GetProperty("values_real");
        JsonElement imaginary = root.GetProperty("values_imag");
        Assert.Equal(2 * terms, real.GetArrayLength());
        var a = new Complex[terms];
        var b = new Complex[terms];
        for (int i = 0; i < terms; i++)
        {
            a[i] = new Complex(real[i].GetDouble(), imaginary[i].GetDouble());
            b[i] = new Complex(real[terms + i].GetDouble(), imaginary[terms + i].GetDouble());
        }

        JsonElement extra = root.GetProperty("extra");
        return new Reference(
            m, x, terms, a, b,
            extra.GetProperty("Qext_from_coeffs").GetDouble(),
            extra.GetProperty("Qsca_from_coeffs").GetDouble());
    }
}
