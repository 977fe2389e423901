package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.model.DetectorSettings;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The detectors' settings from the node's configuration, {@code deltalink.fraud-analysis.*} (for
 * example {@code deltalink.fraud-analysis.fan-minimum=6}); what is not set keeps the model's default.
 */
@Component
class AnalysisSettings {

  private final DetectorSettings settings;

  AnalysisSettings(Environment env) {
    DetectorSettings d = DetectorSettings.defaults();
    String p = "deltalink.fraud-analysis.";
    settings =
        new DetectorSettings(
            env.getProperty(p + "fan-minimum", Integer.class, d.fanMinimum()),
            env.getProperty(p + "fan-window", Duration.class, d.fanWindow()),
            env.getProperty(p + "similar-amounts", Double.class, d.similarAmounts()),
            env.getProperty(p + "burst-factor", Double.class, d.burstFactor()),
            env.getProperty(p + "pass-through-window", Duration.class, d.passThroughWindow()),
            env.getProperty(p + "pass-through-share", Double.class, d.passThroughShare()),
            env.getProperty(p + "chain-minimum", Integer.class, d.chainMinimum()),
            env.getProperty(p + "cycle-maximum", Integer.class, d.cycleMaximum()),
            env.getProperty(p + "cycle-window", Duration.class, d.cycleWindow()),
            env.getProperty(p + "gather-minimum", Integer.class, d.gatherMinimum()),
            env.getProperty(p + "bipartite-minimum", Integer.class, d.bipartiteMinimum()),
            env.getProperty(p + "cash-minimum", Integer.class, d.cashMinimum()),
            env.getProperty(p + "cash-window", Duration.class, d.cashWindow()),
            env.getProperty(p + "shared-maximum", Integer.class, d.sharedMaximum()),
            env.getProperty(p + "warning-threshold", Integer.class, d.warningThreshold()));
  }

  DetectorSettings detectors() {
    return settings;
  }
}
