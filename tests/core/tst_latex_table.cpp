// The LaTeX export: booktabs rules, the best value of each row in bold, missing cells as "--",
// means with their intervals when asked, and captions escaped for LaTeX.
#include <QtTest>

#include "core/store/latex_table.h"

using namespace xlqa;

namespace {

LanguageMatrix twoByTwo() {
  LanguageMatrix m;
  m.questionLanguages = {"de", "en"};
  m.contextLanguages = {"de", "en"};
  m.cells = {{40.0, 55.5}, {std::nullopt, 80.25}};
  return m;
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

class TestLatexTable : public QObject {
  Q_OBJECT
 private slots:
  void booktabsWithTheBestOfEachRowInBold() {
    const std::string tex = matrixToLatex(twoByTwo());
    QVERIFY(tex.find("\\toprule") != std::string::npos && tex.find("\\bottomrule") != std::string::npos);
    QCOMPARE(count(tex, "\\midrule"), 2);  // under the header, above the means
    QVERIFY(tex.find("de & 40.0 & \\textbf{55.5} & 47.8 \\\\") != std::string::npos);  // row mean 47.75
    QVERIFY(tex.find("en & -- & \\textbf{80.2} & 80.2 \\\\") != std::string::npos);
    QVERIFY(tex.find("mean & 40.0 & 67.9 & 58.6 \\\\") != std::string::npos);  // G-XLT: (40 + 55.5 + 80.25) / 3
    QCOMPARE(count(tex, "\\textbf{"), 2);
  }

  void differencesAreSignedAndCaptionsEscaped() {
    LatexTableOptions options;
    options.signedValues = true;
    options.caption = "Student - teacher F1 (50% of _all_ & more)";
    options.label = "tab:diff";
    const std::string tex = matrixToLatex(twoByTwo(), options);
    QVERIFY(tex.find("\\textbf{+55.5}") != std::string::npos);
    QVERIFY(tex.find("\\caption{Student - teacher F1 (50\\% of \\_all\\_ \\& more). XLT +60.1, G-XLT +58.6.}") !=
            std::string::npos);
    QVERIFY(tex.find("\\label{tab:diff}") != std::string::npos);
  }

  void meansCarryTheirIntervals() {
    LatexTableOptions options;
    MatrixIntervals intervals;
    intervals.questionLanguages = intervals.contextLanguages = {"de", "en"};
    intervals.rowMeans = {ScoreInterval{47.75, 46.0, 49.0}, std::nullopt};
    intervals.columnMeans = {std::nullopt, std::nullopt};
    intervals.gxlt = ScoreInterval{58.58, 57.0, 60.0};
    options.intervals = intervals;
    const std::string tex = matrixToLatex(twoByTwo(), options);
    QVERIFY(tex.find("& 47.8 {\\scriptsize $\\pm$ 1.5} \\\\") != std::string::npos);
    QVERIFY(tex.find("& 58.6 {\\scriptsize $\\pm$ 1.5} \\\\") != std::string::npos);
    QVERIFY(tex.find("paired bootstrap") != std::string::npos);
  }
};

QTEST_APPLESS_MAIN(TestLatexTable)
#include "tst_latex_table.moc"
