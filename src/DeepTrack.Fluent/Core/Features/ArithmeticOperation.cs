namespace DeepTrack.Fluent;

/// <summary>The arithmetic of <see cref="Arithmetic{T, TOperand}"/>; "Reverse" puts the operand on the left.</summary>
public enum ArithmeticOperation
{
    /// <summary>input + operand.</summary>
    Add,

    /// <summary>input − operand.</summary>
    Subtract,

    /// <summary>operand − input.</summary>
    ReverseSubtract,

    /// <summary>input × operand.</summary>
    Multiply,

    /// <summary>input ÷ operand.</summary>
    Divide,

    /// <summary>operand ÷ input.</summary>
    ReverseDivide,
}
