// Placeholder until its issue-3 implementation lands.
#include <QtTest>
class Placeholder_tst_qa_features : public QObject {
  Q_OBJECT
 private slots:
  void notYetWritten() { QSKIP("not written yet"); }
};
QTEST_APPLESS_MAIN(Placeholder_tst_qa_features)
#include "tst_qa_features.moc"
