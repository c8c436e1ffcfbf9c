#include <QtTest>
class Placeholder : public QObject {
  Q_OBJECT
 private slots:
  void pending() { QSKIP("being written"); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_map_at_k_view.moc"
