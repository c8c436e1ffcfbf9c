#pragma once
// An evaluation started from the UI: the document's models on its dataset, into a new or a
// resumed run folder, as the work of a BackgroundJob (progress: pair, examples/s, ETA; cancellable).
#include "widgets/background_job.h"

namespace xlqa {

class WorkbenchDocument;
struct EvaluationRequest;

// Throws std::invalid_argument when the document lacks a dataset or a model. The models and the
// dataset are shared with the work, so closing them in the UI meanwhile is safe.
BackgroundJob::Work evaluationWork(const WorkbenchDocument& document, const EvaluationRequest& request);

}  // namespace xlqa
