#include "widgets/example_inspector.h"

#include <memory>

#include "core/eval/example_inspection.h"
#include "widgets/job_runner.h"
#include "widgets/workbench_document.h"

namespace xlqa {
namespace {

// The example looked up in `examples` (kept alive by the caller), or null.
const PairExample* lookUp(const WorkbenchDocument& document, const LanguagePair& pair, const std::string& id,
                          PairExamples& examples) {
  const auto& dataset = document.dataset();
  if (!dataset) return nullptr;
  try {
    examples = dataset->dataset->pair(pair);
  } catch (const std::exception&) {
    return nullptr;  // the dataset lacks the pair
  }
  return findExample(examples, id);
}

}  // namespace

ExampleInspector::ExampleInspector(WorkbenchDocument* document, JobRunner* runner, QObject* parent)
    : QObject(parent), document_(document), runner_(runner) {
  connect(document_, &WorkbenchDocument::exampleSelected, this, &ExampleInspector::inspect);
}

std::optional<ExampleTexts> ExampleInspector::texts(const LanguagePair& pair, const std::string& id) const {
  PairExamples examples;
  const PairExample* example = lookUp(*document_, pair, id, examples);
  if (!example) return std::nullopt;
  ExampleTexts texts{
      QString::fromStdString(example->question->text), QString::fromStdString(example->paragraph->context), {}};
  if (const auto gold = goldAnswerSpan(*example)) texts.goldSpan = std::make_pair(int(gold->begin), int(gold->end));
  return texts;
}

void ExampleInspector::inspect(const ExampleRef& selected) {
  // What the job reads: the pair's examples point into the dataset, which it shares.
  struct Target {
    std::shared_ptr<const ParallelDataset> dataset;
    PairExamples examples;
    const PairExample* example = nullptr;
  };
  auto target = std::make_shared<Target>();
  target->example = lookUp(*document_, selected.pair, selected.id.toStdString(), target->examples);
  const auto teacher = document_->model(ModelRole::Teacher), student = document_->model(ModelRole::Student);
  if (!target->example || (!teacher && !student)) return document_->setInspections(nullptr, nullptr);
  target->dataset = document_->dataset()->dataset;
  using Inspected = std::shared_ptr<const ExampleInspection>;
  auto results = std::make_shared<std::pair<Inspected, Inspected>>();
  JobRequest request;
  request.kind = JobKind::Inspection;
  request.title = tr("Inspecting %1").arg(selected.id);
  request.errorTitle = tr("Cannot inspect the example");
  request.work = [target, teacher, student, results](BackgroundJob&) {
    const auto inspect = [&target](const LoadedModel& loaded) {
      return std::make_shared<ExampleInspection>(inspectExample(*loaded.model, *loaded.tokenizer, *target->example));
    };
    if (teacher) results->first = inspect(*teacher);
    if (student) results->second = inspect(*student);
  };
  request.succeeded = [this, results] { document_->setInspections(results->first, results->second); };
  request.cancelled = [] {};  // nothing cancels an inspection but the window going
  runner_->startWhenFree(std::move(request));
}

}  // namespace xlqa
