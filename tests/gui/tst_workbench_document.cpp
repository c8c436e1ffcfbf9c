// The workbench document: every change is signalled (once, and not when nothing changed), a new
// run drops the comparison, and views bound to it share display settings through it alone.
#include <QtTest>

#include "widgets/heatmap_view.h"
#include "widgets/map_at_k_view.h"
#include "widgets/span_probability_view.h"
#include "widgets/view_bindings.h"
#include "widgets/workbench_document.h"

using namespace xlqa;

namespace {

OpenedRun runIn(const QString& directory) {
  OpenedRun run;
  run.directory = directory;
  PairRecord record;
  record.pair = {"en", "es"};
  record.examples = 3;
  record.teacher = ModelPairScore{50, 60, 3};
  run.pairs = {record};
  return run;
}

}  // namespace

class TestWorkbenchDocument : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("XLQA Studio tests")); }
  void init() { QSettings().clear(); }

  void signalsEveryChange() {
    WorkbenchDocument document;
    QSignalSpy runs(&document, &WorkbenchDocument::runChanged),
        comparisons(&document, &WorkbenchDocument::comparisonChanged),
        pairs(&document, &WorkbenchDocument::pairSelected), examples(&document, &WorkbenchDocument::exampleSelected),
        inspections(&document, &WorkbenchDocument::inspectionsChanged),
        surveys(&document, &WorkbenchDocument::surveyChanged);

    document.setRun(runIn("/runs/a"));
    QCOMPARE(runs.count(), 1);
    QCOMPARE(document.run()->directory, QStringLiteral("/runs/a"));
    QCOMPARE(document.recent(QStringLiteral("runs")), QStringList{"/runs/a"});
    ComparedRun compared;
    compared.directory = QStringLiteral("/runs/b");
    document.setComparison(compared);
    QCOMPARE(comparisons.count(), 1);
    QVERIFY(document.comparison());
    document.setRun(runIn("/runs/c"));  // the comparison was against the previous run
    QVERIFY(!document.comparison());
    QCOMPARE(runs.count(), 2);

    document.selectPair({"en", "es"});
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(document.selectedPair()->key(), std::string("en-es"));
    document.selectExample({"es", "en"}, QStringLiteral("q1"));
    QCOMPARE(examples.count(), 1);
    QCOMPARE(pairs.count(), 1);  // opening an example does not reselect its pair in other views
    QCOMPARE(document.selectedExample()->id, QStringLiteral("q1"));
    QCOMPARE(document.selectedPair()->key(), std::string("es-en"));

    auto teacher = std::make_shared<ExampleInspection>();
    document.setInspections(teacher, nullptr);
    QCOMPARE(inspections.count(), 1);
    QCOMPARE(document.inspection(ModelRole::Teacher), teacher.get());
    QVERIFY(!document.inspection(ModelRole::Student));
    document.setSurvey({{{"en", "en"}, {0.5}}});
    QCOMPARE(surveys.count(), 1);
  }

  void displaySettingsSignalOnlyRealChanges() {
    WorkbenchDocument document;
    QSignalSpy temperature(&document, &WorkbenchDocument::temperatureChanged),
        settings(&document, &WorkbenchDocument::coefficientSettingsChanged),
        dtype(&document, &WorkbenchDocument::computeDtypeChanged);
    document.setTemperature(1.0);
    QCOMPARE(temperature.count(), 0);
    document.setTemperature(2.5);
    document.setTemperature(2.5);
    QCOMPARE(temperature.count(), 1);
    QCOMPARE(document.temperature(), 2.5);
    CoefficientSettings changed;
    document.setCoefficientSettings(changed);
    QCOMPARE(settings.count(), 0);
    changed.k = 3;
    document.setCoefficientSettings(changed);
    QCOMPARE(settings.count(), 1);
    document.setComputeDtype(ComputeDtype::BFloat16);
    QCOMPARE(dtype.count(), 1);
    QCOMPARE(WorkbenchDocument().computeDtype(), ComputeDtype::BFloat16);  // kept in QSettings
  }

  void viewsShareSettingsOnlyThroughTheDocument() {
    WorkbenchDocument document;
    MapAtKView map;
    SpanProbabilityView spans;
    bindMapAtKView(&map, &document);
    bindSpanView(&spans, &document);
    map.setTemperature(3.0);
    QCOMPARE(document.temperature(), 3.0);
    QCOMPARE(spans.temperature(), 3.0);
    spans.setTemperature(1.5);
    QCOMPARE(map.temperature(), 1.5);
    map.setK(4);
    QCOMPARE(document.coefficientSettings().k, 4);
    QCOMPARE(spans.coefficientSettings().k, 4);

    // A document that changes reaches every view.
    document.setTemperature(6.0);
    QCOMPARE(map.temperature(), 6.0);
    QCOMPARE(spans.temperature(), 6.0);

    // Without the document's signals the views no longer hear of each other: no direct link.
    QObject::disconnect(&document, nullptr, &spans, nullptr);
    map.setTemperature(2.0);
    QCOMPARE(document.temperature(), 2.0);
    QCOMPARE(spans.temperature(), 6.0);
  }

  void aBoundHeatmapFollowsTheRunAndReportsClicksToTheDocument() {
    WorkbenchDocument document;
    HeatmapView heatmap;
    bindHeatmap(&heatmap, &document);
    QVERIFY(heatmap.isShowingPlaceholder());
    document.setRun(runIn("/runs/a"));
    QCOMPARE(heatmap.displayedValue({"en", "es"}).value(), 60.0);
    QSignalSpy pairs(&document, &WorkbenchDocument::pairSelected);
    emit heatmap.cellActivated({"en", "es"});
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(document.selectedPair()->key(), std::string("en-es"));
  }
};

QTEST_MAIN(TestWorkbenchDocument)
#include "tst_workbench_document.moc"
