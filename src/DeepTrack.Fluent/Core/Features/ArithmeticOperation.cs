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

    /// <summary>1 where input &gt; operand, else 0.</summary>
    GreaterThan,

    /// <summary>1 where input &lt; operand, else 0.</summary>
    LessThan,

    /// <summary>1 where input ≥ operand, else 0.</summary>
    GreaterThanOrEqual,

    /// <summary>1 where input ≤ operand, else 0.</summary>
    LessThanOrEqual,

    /// <summary>1 where input = operand, else 0.</summary>
    EqualTo,

    /// <summary>1 where input ≠ operand, else 0.</summary>
    NotEqualTo,

    /// <summary>input mod operand, floored (the result takes the sign of the operand, as Python's and NumPy's <c>%</c>).</summary>
    Modulo,

    /// <summary>operand mod input, floored.</summary>
    ReverseModulo,

    /// <summary>⌊input ÷ operand⌋ (Python's <c>//</c>).</summary>
    FloorDivide,

    /// <summary>⌊operand ÷ input⌋.</summary>
    ReverseFloorDivide,

    /// <summary>input to the power operand.</summary>
    Power,

    /// <summary>operand to the power input.</summary>
    ReversePower,
}
