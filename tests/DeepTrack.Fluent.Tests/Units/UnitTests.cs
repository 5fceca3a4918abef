namespace DeepTrack.Fluent.Tests;

public class UnitTests
{
    [Fact]
    public void Unit_helpers_convert_to_metres_and_back()
    {
        Assert.Equal(633e-9, 633.Nanometers().Meters, 1e-21);
        Assert.Equal(1.5e-6, 1.5.Micrometers().Meters, 1e-21);
        Assert.Equal(2e-3, 2.Millimeters().Meters, 1e-18);
        Assert.Equal(633, 0.633.Micrometers().Nanometers, 9);
        Assert.Equal(0.5, 500.Nanometers() / 1.Micrometers(), 12);
        Assert.Equal(Math.PI / 6, 30.Degrees().Radians, 12);
    }

    [Fact]
    public void Lengths_print_with_a_readable_unit()
    {
        Assert.Equal("633 nm", 633.Nanometers().ToString());
        Assert.Equal("1.5 µm", 1.5.Micrometers().ToString());
        Assert.Equal("2 m", 2.Meters().ToString());
        Assert.Equal("30°", 30.Degrees().ToString());
    }

    [Fact]
    public void Length_arithmetic_and_ordering()
    {
        Assert.Equal(1.1.Micrometers().Meters, (1.Micrometers() + 100.Nanometers()).Meters, 1e-20);
        Assert.True(400.Nanometers() < 0.5.Micrometers());
        Assert.Equal(3.Micrometers(), 1.5.Micrometers() * 2);
    }
}
