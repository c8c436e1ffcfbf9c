#pragma once
// The one place the widgets look an example up in the open dataset and run the open models over
// it: the browser asks it for an example's texts, and it inspects the document's selected example
// in the background (a JobKind::Inspection job), handing the inspections back to the document.
#include <QObject>

#include <optional>
#include <string>

#include "widgets/example_detail_view.h"

namespace xlqa {

class JobRunner;
class WorkbenchDocument;
struct ExampleRef;

class ExampleInspector : public QObject {
  Q_OBJECT
 public:
  ExampleInspector(WorkbenchDocument* document, JobRunner* runner, QObject* parent = nullptr);

  // The question, context and gold span of an example of the open dataset; nullopt when the
  // dataset (or the pair in it) lacks the example.
  std::optional<ExampleTexts> texts(const LanguagePair& pair, const std::string& id) const;

 private:
  void inspect(const ExampleRef& example);

  WorkbenchDocument* document_;
  JobRunner* runner_;
};

}  // namespace xlqa
