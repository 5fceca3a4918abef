using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class ValidationTests
{
    [Fact]
    public void Values_inside_the_declared_ranges_resolve()
        => Assert.Equal(0.8 / 633e-9, new Lens().Build().Resolve(), 1e-3);

    [Theory]
    [InlineData("Aperture")]
    [InlineData("MediumIndex")]
    [InlineData("Transmission")]
    [InlineData("Wavelength")]
    public void A_resolved_value_outside_its_declared_range_names_feature_property_and_value(string property)
    {
        var lens = property switch
        {
            "Aperture" => new Lens().WithAperture(-0.1),
            "MediumIndex" => new Lens().WithMediumIndex(3.5),
            "Transmission" => new Lens().WithTransmission(1.2),
            _ => new Lens().WithWavelength(633.Meters()),
        };
        var error = Assert.Throws<PropertyValueException>(() => lens.Build().Resolve());
        Assert.Equal("Lens", error.FeatureName);
        Assert.Equal(property, error.PropertyName);
        Assert.StartsWith($"Lens.{property} = ", error.Message);
    }

    [Fact]
    public void A_bound_given_by_another_property_is_checked_for_every_draw()
    {
        var lens = new Lens().WithAperture(Distribution.Uniform(1.2, 1.5)).WithMediumIndex(1.33);
        var pipeline = lens.Build(seed: 1);
        var failures = 0;
        for (int i = 0; i < 40; i++)
        {
            try
            {
                pipeline.Sample(i);
            }
            catch (PropertyValueException error) when (error.PropertyName == "Aperture")
            {
                Assert.Contains("must be < MediumIndex = 1.33", error.Message);
                failures++;
            }
        }

        // Uniform(1.2, 1.5) exceeds 1.33 with probability 17/30: between 11 and 34 of 40 (> 4 sd).
        Assert.InRange(failures, 11, 34);
    }
}
