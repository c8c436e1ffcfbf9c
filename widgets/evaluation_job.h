#pragma once
// An evaluation started from the UI: the document's models on its dataset, into a new or a
// resumed run folder, as the work of a BackgroundJob (progress: pair, examples/s, ETA; cancellable),
// or written out as the same command for a cluster.
#include <QString>

#include <string>
#include <vector>

#include "widgets/background_job.h"

namespace xlqa {

class WorkbenchDocument;
struct EvaluationRequest;

// Throws std::invalid_argument when the document lacks a dataset or a model. The models and the
// dataset are shared with the work, so closing them in the UI meanwhile is safe.
BackgroundJob::Work evaluationWork(const WorkbenchDocument& document, const EvaluationRequest& request);

// The same evaluation as an `xlqa eval` command line (argv, starting with `program`) for a
// cluster: the open models' and dataset's paths and the request's settings. Empty when the
// document lacks a dataset or both models.
std::vector<std::string> evaluationCommand(const WorkbenchDocument& document, const EvaluationRequest& request,
                                           const QString& program);

}  // namespace xlqa
