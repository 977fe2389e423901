package cn.deltalink.fraudanalysis.internal.analysis;

import cn.deltalink.fraudanalysis.internal.model.AnalysisModel;
import java.util.UUID;

/** An analysis was stored; its result is still in memory. */
public record AnalysisFinished(UUID analysisId, AnalysisModel.Result result) {}
