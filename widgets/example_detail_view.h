#pragma once
// One example in full: the question and the context with the gold answer and both models'
// answers marked, the scores and top-k spans, and the annotator's tag editor.
//
// Marks: the gold answer is a green background; the teacher's answer an orange bar and the
// student's a blue bar under the text, the student's below the teacher's, so every overlap
// stays readable. The colours are from the Okabe-Ito palette (safe for colour-blind readers).
// Each paragraph runs left-to-right or right-to-left by its own first strong character, and
// Qt shapes every script (Arabic, Devanagari, Thai) with HarfBuzz.
#include <QString>
#include <QVector>
#include <QWidget>
#include <optional>
#include <utility>

#include "core/data/language_pair.h"
#include "core/eval/run_records.h"
#include "core/store/example_tags.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace xlqa {

class SpanTextBrowser;

// What the dataset holds for an example and the run store does not.
struct ExampleTexts {
  QString question;
  QString context;
  std::optional<std::pair<int, int>> goldSpan;  // [begin, end) in code points of the context
};

// A marked range of the context, in UTF-16 positions of the shown text (QString indices).
struct HighlightRange {
  enum Kind { Gold, Teacher, Student };
  Kind kind = Gold;
  int start = 0;
  int length = 0;
  friend bool operator==(const HighlightRange& a, const HighlightRange& b) {
    return a.kind == b.kind && a.start == b.start && a.length == b.length;
  }
};

// Code point offset -> UTF-16 index of `text`; offsets past the end map to text.size().
int utf16IndexOfCodePoint(const QString& text, int codePoint);

class ExampleDetailView : public QWidget {
  Q_OBJECT
 public:
  explicit ExampleDetailView(QWidget* parent = nullptr);

  // Not owned; may be null (the tag editor is then disabled). Saving writes through it.
  void setTags(ExampleTags* tags);

  // Shows an example. Empty question and context: the texts are unavailable (scores and tags
  // still show). `goldSpan` is in code points, like SpanSummary::charBegin/charEnd.
  void setExample(const QString& question, const QString& context, const ExampleRecord& record,
                  const LanguagePair& pair, std::optional<std::pair<int, int>> goldSpan = std::nullopt);
  void clear();
  bool hasExample() const { return hasExample_; }
  const ExampleRecord& record() const { return record_; }
  const LanguagePair& pair() const { return pair_; }

  QVector<HighlightRange> highlights() const { return highlights_; }
  // The direction of the first paragraph of each text (each paragraph has its own).
  Qt::LayoutDirection contextDirection() const;
  Qt::LayoutDirection questionDirection() const;
  QTextBrowser* contextView() const;
  QTextBrowser* questionView() const { return question_; }
  QTableWidget* scoresTable() const { return scores_; }
  QTableWidget* topSpansTable() const { return topSpans_; }
  QComboBox* tagLabelBox() const { return tagLabel_; }
  QLineEdit* tagNoteEdit() const { return tagNote_; }
  QPushButton* saveTagButton() const { return saveTag_; }
  QPushButton* removeTagButton() const { return removeTag_; }

 public slots:
  // Write the editor's tag / remove the example's tag, and save tags.json. On failure a
  // message box says why, the tags stay as they were on disk and the editor keeps the edit.
  bool saveTag();
  bool removeTag();

 signals:
  void tagChanged(const xlqa::LanguagePair& pair, const QString& id);

 private:
  QWidget* createTextPanel();
  QWidget* createSidePanel();
  QWidget* createLegend();
  void showTexts(const QString& question, const QString& context, std::optional<std::pair<int, int>> goldSpan);
  void fillScores();
  void fillTopSpans();
  void loadTagEditor();
  void updateTagButtons();
  QString editedLabel() const;
  bool commitTags(const std::optional<ExampleTag>& previous);

  ExampleTags* tags_ = nullptr;
  bool hasExample_ = false;
  ExampleRecord record_;
  LanguagePair pair_;
  QVector<HighlightRange> highlights_;

  QLabel* title_ = nullptr;
  QTextBrowser* question_ = nullptr;
  SpanTextBrowser* context_ = nullptr;
  QLabel* goldNote_ = nullptr;
  QLabel* golds_ = nullptr;
  QTableWidget* scores_ = nullptr;
  QTableWidget* topSpans_ = nullptr;
  QComboBox* tagLabel_ = nullptr;
  QLineEdit* tagNote_ = nullptr;
  QPushButton* saveTag_ = nullptr;
  QPushButton* removeTag_ = nullptr;
  QLabel* tagStatus_ = nullptr;
};

}  // namespace xlqa
