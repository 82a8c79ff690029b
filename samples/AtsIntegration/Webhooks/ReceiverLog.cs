using AtsIntegration.Storage;

namespace AtsIntegration.Webhooks;

/// <summary>Everything the receiver logs: the source, the vendor's event type and the outcome. Never a secret, an id, a name or a payload.</summary>
internal static partial class ReceiverLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} {EventType}: {Outcome}")]
    public static partial void Handled(ILogger logger, string source, string eventType, StoreOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} delivery ignored: nothing about a candidate's wait")]
    public static partial void Ignored(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} delivery refused ({Status}): {Reason}")]
    public static partial void Refused(ILogger logger, string source, int status, string reason);
}
