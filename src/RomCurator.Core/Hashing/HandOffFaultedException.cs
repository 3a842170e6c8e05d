namespace RomCurator.Core.Hashing;

/// <summary>
/// What a <see cref="HandOff{T}"/> reader gets when the hand-off was completed with a fault: a new exception on every
/// reading thread, the fault as its <see cref="Exception.InnerException"/>, so no two threads throw (and rewrite the
/// stack trace of) one exception object. Its message is the fault's.
/// </summary>
public sealed class HandOffFaultedException(Exception fault) : Exception(fault.Message, fault)
{
    /// <summary>The fault the hand-off was completed with, through any hand-offs it was passed along.</summary>
    public static Exception Unwrap(Exception error)
    {
        while (error is HandOffFaultedException { InnerException: { } inner })
        {
            error = inner;
        }

        return error;
    }
}
