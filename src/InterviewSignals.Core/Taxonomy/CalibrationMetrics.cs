namespace InterviewSignals.Taxonomy;

/// <summary>How well an outlook did on held-out cases: discrimination, accuracy and calibration.</summary>
/// <param name="Auc">The ROC AUC.</param>
/// <param name="Brier">The Brier score.</param>
/// <param name="LogLoss">The log loss, in nats.</param>
/// <param name="CalibrationIntercept">The calibration intercept (0 is right on average).</param>
/// <param name="CalibrationSlope">The calibration slope (1 is right in spread).</param>
public sealed record CalibrationMetrics(double? Auc, double? Brier, double? LogLoss, double? CalibrationIntercept, double? CalibrationSlope);
