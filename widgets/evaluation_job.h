#pragma once
// An evaluation started from the UI: the workspace's models on its dataset, into a new or a
// resumed run folder, on a BackgroundJob (progress: pair, examples/s, ETA; cancellable).
#include <QObject>

namespace xlqa {

class BackgroundJob;
class Workspace;
struct EvaluationRequest;

// Throws std::invalid_argument when the workspace lacks a dataset or a model. The models and the
// dataset are shared with the job, so closing them in the UI meanwhile is safe.
BackgroundJob* startEvaluation(const Workspace& workspace, const EvaluationRequest& request, QObject* parent);

}  // namespace xlqa
