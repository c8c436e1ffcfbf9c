#include "widgets/example_detail_view.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <exception>
#include <vector>

#include "widgets/error_text.h"
#include "widgets/example_table_model.h"

namespace xlqa {
namespace {

// Okabe-Ito: distinguishable with every common colour-vision deficiency.
const QColor kGoldBackground(0xc2, 0xe8, 0xda);  // a tint of bluish green #009E73
const QColor kGoldEdge(0x00, 0x9e, 0x73);
const QColor kTeacherColor(0xe6, 0x9f, 0x00);  // orange
const QColor kStudentColor(0x00, 0x72, 0xb2);  // blue

QString fromUtf8(const std::string& text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QColor barColor(HighlightRange::Kind kind) { return kind == HighlightRange::Teacher ? kTeacherColor : kStudentColor; }

// Sets each paragraph's direction from its first strong character (Unicode bidi rules P2-P3),
// so an Arabic paragraph runs right-to-left even inside a left-to-right window.
void setParagraphDirections(QTextDocument* document, qreal extraLineSpacing) {
  QTextCursor cursor(document);
  cursor.beginEditBlock();
  for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
    QTextBlockFormat format = block.blockFormat();
    format.setLayoutDirection(block.text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (extraLineSpacing > 0) format.setLineHeight(extraLineSpacing, QTextBlockFormat::LineDistanceHeight);
    cursor.setPosition(block.position());
    cursor.setBlockFormat(format);
  }
  cursor.endEditBlock();
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(alignment);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  item->setToolTip(text);
  return item;
}

QTableWidget* compactTable(const QStringList& headers) {
  auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
  table->setHorizontalHeaderLabels(headers);
  table->verticalHeader()->hide();
  table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->setWordWrap(false);
  table->horizontalHeader()->setHighlightSections(false);
  return table;
}

}  // namespace

int utf16IndexOfCodePoint(const QString& text, int codePoint) {
  int index = 0;
  for (int seen = 0; seen < codePoint && index < text.size(); ++seen) {
    const bool pair =
        text.at(index).isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate();
    index += pair ? 2 : 1;
  }
  return index;
}

// A read-only text view that draws the teacher's and the student's spans as bars under the
// text, the student's below the teacher's. Bars rather than character formats, because one
// character can carry only one underline and the two models often overlap.
class SpanTextBrowser : public QTextBrowser {
 public:
  explicit SpanTextBrowser(QWidget* parent = nullptr) : QTextBrowser(parent) {}

  void setBars(QVector<HighlightRange> bars) {
    bars_ = std::move(bars);
    viewport()->update();
  }
  qreal barThickness() const { return std::max<qreal>(2.0, std::round(fontMetrics().height() / 6.0)); }
  qreal barGap() const { return 1.0; }
  // The room under each line that the bars need.
  qreal barSpace() const { return 2 * barThickness() + 3 * barGap(); }

 protected:
  void paintEvent(QPaintEvent* event) override {
    QTextBrowser::paintEvent(event);
    if (bars_.isEmpty()) return;
    QPainter painter(viewport());
    painter.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    for (const HighlightRange& bar : bars_) {
      const int level = bar.kind == HighlightRange::Student ? 1 : 0;
      for (const QRectF& rect : barRects(bar.start, bar.start + bar.length, level)) {
        painter.fillRect(rect, barColor(bar.kind));
      }
    }
  }

 private:
  // The visual pieces of [start, end) line by line; a range crossing a change of direction
  // can be visually split, hence pieces rather than one rectangle per line.
  QVector<QRectF> barRects(int start, int end, int level) const {
    QVector<QRectF> rects;
    const QTextDocument* doc = document();
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() < end; block = block.next()) {
      const QTextLayout* layout = block.layout();
      if (!layout) continue;
      const int from = std::max(start, block.position()) - block.position();
      const int to = std::min(end, block.position() + block.length() - 1) - block.position();
      const QPointF origin = layout->position();
      for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int a = std::max(from, line.textStart()), b = std::min(to, line.textStart() + line.textLength());
        if (a >= b) continue;
        std::vector<std::pair<qreal, qreal>> pieces;
        for (int k = a; k < b; ++k) {
          const qreal x1 = line.cursorToX(k), x2 = line.cursorToX(k + 1);
          if (x1 != x2) pieces.emplace_back(std::min(x1, x2), std::max(x1, x2));
        }
        std::sort(pieces.begin(), pieces.end());
        const qreal y =
            origin.y() + line.y() + line.ascent() + line.descent() + barGap() + level * (barThickness() + barGap());
        for (std::size_t p = 0; p < pieces.size();) {
          qreal left = pieces[p].first, right = pieces[p].second;
          for (++p; p < pieces.size() && pieces[p].first <= right + 0.5; ++p) right = std::max(right, pieces[p].second);
          rects.append(QRectF(origin.x() + left, y, right - left, barThickness()));
        }
      }
    }
    return rects;
  }

  QVector<HighlightRange> bars_;
};

ExampleDetailView::ExampleDetailView(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  title_ = new QLabel;
  title_->setTextFormat(Qt::PlainText);
  QFont titleFont = title_->font();
  titleFont.setBold(true);
  title_->setFont(titleFont);
  layout->addWidget(title_);

  auto* splitter = new QSplitter(Qt::Horizontal);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(createTextPanel());
  splitter->addWidget(createSidePanel());
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({600, 400});  // scaled to the width the view gets
  layout->addWidget(splitter, 1);
  clear();
}

QWidget* ExampleDetailView::createTextPanel() {
  auto* panel = new QWidget;
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);

  layout->addWidget(new QLabel(tr("Question")));
  question_ = new QTextBrowser;
  question_->setOpenLinks(false);
  question_->setUndoRedoEnabled(false);
  question_->setMaximumHeight(question_->fontMetrics().lineSpacing() * 4);
  question_->setObjectName(QStringLiteral("questionText"));
  layout->addWidget(question_);

  layout->addWidget(new QLabel(tr("Context")));
  context_ = new SpanTextBrowser;
  context_->setOpenLinks(false);
  context_->setUndoRedoEnabled(false);
  context_->setObjectName(QStringLiteral("contextText"));
  layout->addWidget(context_, 1);

  goldNote_ = new QLabel;
  goldNote_->setWordWrap(true);
  goldNote_->hide();
  layout->addWidget(goldNote_);
  layout->addWidget(createLegend());
  return panel;
}

QWidget* ExampleDetailView::createLegend() {
  const int height = fontMetrics().height();
  const int width = height * 2;
  const auto swatch = [&](auto&& paint) {
    QPixmap pixmap(width, height);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter);
    return pixmap;
  };
  const qreal thickness = context_->barThickness();
  const QPixmap gold = swatch([&](QPainter& painter) {
    painter.fillRect(QRectF(0, 1, width, height - 2), kGoldBackground);
    painter.setPen(kGoldEdge);
    painter.drawRect(QRectF(0.5, 1.5, width - 1, height - 3));
  });
  const auto barSwatch = [&](HighlightRange::Kind kind) {
    return swatch([&](QPainter& painter) {
      const int level = kind == HighlightRange::Student ? 1 : 0;
      painter.fillRect(QRectF(0, height - 2 * thickness - 2 + level * (thickness + 1), width, thickness),
                       barColor(kind));
    });
  };

  auto* legend = new QWidget;
  legend->setObjectName(QStringLiteral("legend"));
  auto* layout = new QHBoxLayout(legend);
  layout->setContentsMargins(0, 0, 0, 0);
  const auto addEntry = [&](const QPixmap& pixmap, const QString& text) {
    auto* icon = new QLabel;
    icon->setPixmap(pixmap);
    layout->addWidget(icon);
    layout->addWidget(new QLabel(text));
    layout->addSpacing(height);
  };
  addEntry(gold, tr("Gold answer"));
  addEntry(barSwatch(HighlightRange::Teacher), tr("Teacher's answer (upper bar)"));
  addEntry(barSwatch(HighlightRange::Student), tr("Student's answer (lower bar)"));
  layout->addStretch(1);
  return legend;
}

QWidget* ExampleDetailView::createSidePanel() {
  auto* panel = new QWidget;
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);

  golds_ = new QLabel;
  golds_->setWordWrap(true);
  golds_->setTextFormat(Qt::PlainText);
  golds_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(golds_);

  scores_ = compactTable({tr("Model"), tr("Prediction"), tr("F1"), tr("EM")});
  scores_->setObjectName(QStringLiteral("scores"));
  scores_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  scores_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  scores_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scores_->setFixedHeight(scores_->horizontalHeader()->sizeHint().height() +
                          2 * scores_->verticalHeader()->defaultSectionSize() + 2 * scores_->frameWidth());
  layout->addWidget(scores_);

  layout->addWidget(new QLabel(tr("Top spans")));
  topSpans_ = compactTable({tr("Model"), tr("#"), tr("Span"), tr("Probability")});
  topSpans_->setObjectName(QStringLiteral("topSpans"));
  topSpans_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  layout->addWidget(topSpans_, 1);

  auto* tagBox = new QGroupBox(tr("Tag"));
  auto* form = new QFormLayout(tagBox);
  tagLabel_ = new QComboBox;
  tagLabel_->setEditable(true);
  tagLabel_->setInsertPolicy(QComboBox::NoInsert);
  for (const std::string& label : standardTagLabels()) tagLabel_->addItem(tagLabelDisplayName(label), fromUtf8(label));
  tagLabel_->lineEdit()->setPlaceholderText(tr("Choose or type a label"));
  form->addRow(tr("Label"), tagLabel_);
  tagNote_ = new QLineEdit;
  tagNote_->setPlaceholderText(tr("Why (optional)"));
  form->addRow(tr("Note"), tagNote_);
  auto* buttons = new QHBoxLayout;
  saveTag_ = new QPushButton(tr("Save tag"));
  removeTag_ = new QPushButton(tr("Remove tag"));
  buttons->addWidget(saveTag_);
  buttons->addWidget(removeTag_);
  buttons->addStretch(1);
  form->addRow(buttons);
  tagStatus_ = new QLabel;
  tagStatus_->setWordWrap(true);
  form->addRow(tagStatus_);
  layout->addWidget(tagBox);

  connect(saveTag_, &QPushButton::clicked, this, &ExampleDetailView::saveTag);
  connect(removeTag_, &QPushButton::clicked, this, &ExampleDetailView::removeTag);
  connect(tagLabel_, &QComboBox::editTextChanged, this, &ExampleDetailView::updateTagButtons);
  connect(tagNote_, &QLineEdit::returnPressed, this, &ExampleDetailView::saveTag);
  return panel;
}

void ExampleDetailView::setTags(ExampleTags* tags) {
  tags_ = tags;
  loadTagEditor();
}

void ExampleDetailView::clear() {
  hasExample_ = false;
  record_ = {};
  pair_ = {};
  highlights_.clear();
  title_->setText(tr("No example selected"));
  question_->clear();
  context_->clear();
  context_->setBars({});
  goldNote_->hide();
  golds_->clear();
  scores_->setRowCount(0);
  topSpans_->setRowCount(0);
  loadTagEditor();
}

void ExampleDetailView::setExample(const QString& question, const QString& context, const ExampleRecord& record,
                                   const LanguagePair& pair, std::optional<std::pair<int, int>> goldSpan) {
  hasExample_ = true;
  record_ = record;
  pair_ = pair;
  title_->setText(tr("%1  ·  %2").arg(fromUtf8(pair.key()), fromUtf8(record.id)));
  QStringList golds;
  for (const std::string& gold : record.golds) golds << fromUtf8(gold);
  golds_->setText(golds.isEmpty() ? tr("No gold answer") : tr("Gold: %1").arg(golds.join(QStringLiteral(" | "))));
  showTexts(question, context, goldSpan);
  fillScores();
  fillTopSpans();
  loadTagEditor();
}

void ExampleDetailView::showTexts(const QString& question, const QString& context,
                                  std::optional<std::pair<int, int>> goldSpan) {
  highlights_.clear();
  context_->setBars({});
  if (question.isEmpty() && context.isEmpty()) {
    question_->clear();
    context_->clear();
    goldNote_->setText(
        tr("The question and the context are not available: the run keeps scores, "
           "not texts. Open the run's dataset to read them."));
    goldNote_->show();
    return;
  }
  question_->setPlainText(question);
  setParagraphDirections(question_->document(), 0);
  // Carriage returns would each become a paragraph break and shift positions; a space keeps them.
  QString shown = context;
  shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
  context_->setPlainText(shown);
  setParagraphDirections(context_->document(), context_->barSpace());

  const auto addRange = [&](HighlightRange::Kind kind, int beginCodePoint, int endCodePoint) {
    if (beginCodePoint < 0 || endCodePoint <= beginCodePoint) return;
    const int start = utf16IndexOfCodePoint(shown, beginCodePoint);
    const int end = utf16IndexOfCodePoint(shown, endCodePoint);
    if (end > start) highlights_.append({kind, start, end - start});
  };
  if (goldSpan) addRange(HighlightRange::Gold, goldSpan->first, goldSpan->second);
  for (const auto& [kind, result] :
       {std::pair{HighlightRange::Teacher, &record_.teacher}, std::pair{HighlightRange::Student, &record_.student}}) {
    if (*result && !(*result)->top.empty())
      addRange(kind, (*result)->top.front().charBegin, (*result)->top.front().charEnd);
  }

  QVector<HighlightRange> bars;
  for (const HighlightRange& range : highlights_) {
    if (range.kind != HighlightRange::Gold) {
      bars.append(range);
      continue;
    }
    QTextCursor cursor(context_->document());
    cursor.setPosition(range.start);
    cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setBackground(kGoldBackground);
    cursor.mergeCharFormat(format);
  }
  context_->setBars(bars);

  goldNote_->setVisible(!goldSpan && !record_.golds.empty());
  goldNote_->setText(tr("The gold answer's position in the context is not known; it is not marked."));

  // Bring the first mark into view.
  if (!highlights_.isEmpty()) {
    const auto first = std::min_element(highlights_.begin(), highlights_.end(),
                                        [](const auto& a, const auto& b) { return a.start < b.start; });
    QTextCursor cursor(context_->document());
    cursor.setPosition(first->start);
    context_->setTextCursor(cursor);
    context_->ensureCursorVisible();
  }
}

void ExampleDetailView::fillScores() {
  scores_->setRowCount(0);
  const auto addRow = [&](const QString& model, const std::optional<ModelExampleResult>& result) {
    const int row = scores_->rowCount();
    scores_->insertRow(row);
    scores_->setItem(row, 0, cell(model));
    const QString dash = QStringLiteral("\u2014");
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    if (!result) {
      scores_->setItem(row, 1, cell(tr("not evaluated")));
      scores_->setItem(row, 2, cell(dash, right));
      scores_->setItem(row, 3, cell(dash, right));
      return;
    }
    scores_->setItem(row, 1, cell(result->prediction.empty() ? tr("(no answer)") : fromUtf8(result->prediction)));
    scores_->setItem(row, 2, cell(QString::number(result->f1 * 100.0, 'f', 1), right));
    scores_->setItem(row, 3, cell(QString::number(result->exactMatch * 100), right));
  };
  addRow(tr("Teacher"), record_.teacher);
  addRow(tr("Student"), record_.student);
}

void ExampleDetailView::fillTopSpans() {
  topSpans_->setRowCount(0);
  const auto addSpans = [&](const QString& model, HighlightRange::Kind kind,
                            const std::optional<ModelExampleResult>& result) {
    if (!result) return;
    for (std::size_t rank = 0; rank < result->top.size(); ++rank) {
      const SpanSummary& span = result->top[rank];
      const int row = topSpans_->rowCount();
      topSpans_->insertRow(row);
      QTableWidgetItem* modelItem = cell(model);
      modelItem->setForeground(barColor(kind).darker(130));
      topSpans_->setItem(row, 0, modelItem);
      topSpans_->setItem(row, 1, cell(QString::number(rank + 1), Qt::AlignRight | Qt::AlignVCenter));
      topSpans_->setItem(row, 2, cell(span.text.empty() ? tr("(empty)") : fromUtf8(span.text)));
      topSpans_->setItem(row, 3,
                         cell(QString::number(span.probability * 100.0, 'f', 1) + QLatin1Char('%'),
                              Qt::AlignRight | Qt::AlignVCenter));
    }
  };
  addSpans(tr("Teacher"), HighlightRange::Teacher, record_.teacher);
  addSpans(tr("Student"), HighlightRange::Student, record_.student);
  topSpans_->resizeColumnToContents(0);
  topSpans_->resizeColumnToContents(1);
  topSpans_->resizeColumnToContents(3);
}

Qt::LayoutDirection ExampleDetailView::contextDirection() const {
  return context_->document()->begin().blockFormat().layoutDirection();
}

Qt::LayoutDirection ExampleDetailView::questionDirection() const {
  return question_->document()->begin().blockFormat().layoutDirection();
}

QTextBrowser* ExampleDetailView::contextView() const { return context_; }

void ExampleDetailView::loadTagEditor() {
  const bool editable = tags_ && hasExample_;
  tagLabel_->setEnabled(editable);
  tagNote_->setEnabled(editable);
  const ExampleTag* tag = editable ? tags_->find(pair_.key(), record_.id) : nullptr;
  if (tag) {
    const int index = tagLabel_->findData(fromUtf8(tag->label));
    if (index >= 0) {
      tagLabel_->setCurrentIndex(index);
    } else {
      tagLabel_->setCurrentIndex(-1);
      tagLabel_->setEditText(fromUtf8(tag->label));
    }
    tagNote_->setText(fromUtf8(tag->note));
    tagStatus_->setText(tr("Tagged; last changed %1").arg(fromUtf8(tag->updatedAt)));
  } else {
    tagLabel_->setCurrentIndex(-1);
    tagLabel_->setEditText(QString());
    tagNote_->clear();
    tagStatus_->setText(!tags_ ? tr("Tags are unavailable: no run is open.") : editable ? tr("Not tagged") : QString());
  }
  updateTagButtons();
}

void ExampleDetailView::updateTagButtons() {
  const bool editable = tags_ && hasExample_;
  saveTag_->setEnabled(editable && !editedLabel().isEmpty());
  removeTag_->setEnabled(editable && tags_->find(pair_.key(), record_.id) != nullptr);
}

QString ExampleDetailView::editedLabel() const {
  const QString text = tagLabel_->currentText().trimmed();
  // A standard label is stored untranslated, whatever language the GUI shows it in.
  const int index = tagLabel_->findText(text);
  return index >= 0 ? tagLabel_->itemData(index).toString() : text;
}

bool ExampleDetailView::saveTag() {
  if (!tags_ || !hasExample_ || editedLabel().isEmpty()) return false;
  const ExampleTag* existing = tags_->find(pair_.key(), record_.id);
  const std::optional<ExampleTag> previous = existing ? std::optional<ExampleTag>(*existing) : std::nullopt;
  tags_->set({pair_.key(), record_.id, editedLabel().toStdString(), tagNote_->text().trimmed().toStdString(), ""});
  return commitTags(previous);
}

bool ExampleDetailView::removeTag() {
  if (!tags_ || !hasExample_) return false;
  const ExampleTag* existing = tags_->find(pair_.key(), record_.id);
  if (!existing) return false;
  const std::optional<ExampleTag> previous = *existing;
  tags_->remove(pair_.key(), record_.id);
  return commitTags(previous);
}

bool ExampleDetailView::commitTags(const std::optional<ExampleTag>& previous) {
  try {
    tags_->save();
  } catch (const std::exception& error) {
    // Keep memory as the file is; the editor keeps what was typed, to try again.
    if (previous) {
      tags_->set(*previous);
    } else {
      tags_->remove(pair_.key(), record_.id);
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Tag not saved"),
                                tr("The tag could not be saved.\n\n%1").arg(errorText(error)), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("tagSaveError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
  }
  const QString id = fromUtf8(record_.id);
  loadTagEditor();
  emit tagChanged(pair_, id);
  return true;
}

}  // namespace xlqa
