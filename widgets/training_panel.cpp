#include "widgets/training_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <set>

#include "core/data/dataset_file_names.h"
#include "core/io/json_file.h"
#include "core/store/run_store.h"
#include "widgets/background_job.h"
#include "widgets/heatmap_view.h"
#include "widgets/span_probability_view.h"
#include "widgets/training_job.h"

namespace xlqa {
namespace {

// Okabe-Ito: distinguishable with every common colour-vision deficiency.
const QColor kBlue(0x00, 0x72, 0xB2), kVermillion(0xD5, 0x5E, 0x00), kGreen(0x00, 0x9E, 0x73),
    kPurple(0xCC, 0x79, 0xA7), kOrange(0xE6, 0x9F, 0x00);

constexpr int kReplotIntervalMs = 250;  // curves redraw at most four times a second
constexpr int kProgressSteps = 1000;

enum EpochColumn { ColEpoch, ColXltF1, ColGxltF1, ColXltEm, ColGxltEm, ColBest, ColumnCount };

QString shortestNumber(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

std::optional<double> parseNumber(const QString& text) {
  bool ok = false;
  const double value = QLocale::c().toDouble(text.trimmed(), &ok);
  return ok ? std::optional<double>(value) : std::nullopt;
}

std::vector<std::string> inputLines(const QPlainTextEdit* edit) {
  std::vector<std::string> lines;
  for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
    const QString trimmed = line.trimmed();
    if (!trimmed.isEmpty()) lines.push_back(trimmed.toStdString());
  }
  return lines;
}

void setInputLines(QPlainTextEdit* edit, const std::vector<std::string>& lines) {
  QStringList text;
  for (const std::string& line : lines) text << QString::fromStdString(line);
  edit->setPlainText(text.join(QLatin1Char('\n')));
}

QStringList commaList(const QString& text) {
  QStringList items;
  for (const QString& item : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) items << item;
  return items;
}

int clampToInt(std::size_t value) { return static_cast<int>(std::min<std::size_t>(value, INT_MAX)); }

// A dataset input is "path", "l=path" or "q,c=path": the length of its language prefix.
std::size_t languagePrefixLength(const std::string& input) {
  const auto equals = input.find('=');
  const bool hasLanguages = equals != std::string::npos && input.find('/') > equals;
  return hasLanguages ? equals + 1 : 0;
}

std::string inputPath(const std::string& input) { return input.substr(languagePrefixLength(input)); }

// The input with its path made absolute, so that a saved config means the same files wherever
// it is read from.
std::string absoluteInput(const std::string& input) {
  return input.substr(0, languagePrefixLength(input)) +
         QFileInfo(QString::fromStdString(inputPath(input))).absoluteFilePath().toStdString();
}

std::string absolutePath(const std::string& path) {
  return path.empty() ? path : QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
}

// Every pair the dev inputs can form, from their file names alone (nothing is loaded).
std::vector<LanguagePair> pairsOfInputs(const std::vector<std::string>& inputs) {
  std::set<std::string> monolingual;
  std::set<LanguagePair> pairs;
  for (const DatasetFileSpec& spec : discoverDatasetFiles(inputs)) {
    if (spec.questionLanguage == "*") continue;  // mixed files: languages are known only once loaded
    if (spec.questionLanguage == spec.contextLanguage) monolingual.insert(spec.questionLanguage);
    else pairs.insert({spec.questionLanguage, spec.contextLanguage});
  }
  for (const std::string& question : monolingual)
    for (const std::string& context : monolingual) pairs.insert({question, context});
  return {pairs.begin(), pairs.end()};
}

QSpinBox* makeSpin(QWidget* parent, int minimum, int maximum, const QString& specialValueText = {}) {
  auto* spin = new QSpinBox(parent);
  spin->setRange(minimum, maximum);
  if (!specialValueText.isEmpty()) spin->setSpecialValueText(specialValueText);
  return spin;
}

QDoubleSpinBox* makeDoubleSpin(QWidget* parent, double minimum, double maximum, int decimals, double step) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setRange(minimum, maximum);
  spin->setDecimals(decimals);
  spin->setSingleStep(step);
  return spin;
}

// A line edit with a Browse… button that asks for a folder.
QWidget* folderRow(QWidget* parent, QLineEdit* edit, const QString& dialogTitle) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* browse = new QPushButton(TrainingPanel::tr("Browse…"), row);
  QObject::connect(browse, &QPushButton::clicked, row, [row, edit, dialogTitle] {
    const QString dir = QFileDialog::getExistingDirectory(row, dialogTitle, edit->text());
    if (!dir.isEmpty()) edit->setText(dir);
  });
  layout->addWidget(edit, 1);
  layout->addWidget(browse);
  return row;
}

// A list of dataset inputs, one a line, with buttons that append files or a folder.
QWidget* inputsRow(QWidget* parent, QPlainTextEdit* edit) {
  auto* row = new QWidget(parent);
  edit->setParent(row);
  edit->setMaximumHeight(84);
  edit->setLineWrapMode(QPlainTextEdit::NoWrap);
  edit->setPlaceholderText(TrainingPanel::tr("One input a line: a file, a folder, or lang=path"));
  auto* addFiles = new QPushButton(TrainingPanel::tr("Add files…"), row);
  auto* addFolder = new QPushButton(TrainingPanel::tr("Add folder…"), row);
  QObject::connect(addFiles, &QPushButton::clicked, row, [row, edit] {
    for (const QString& file : QFileDialog::getOpenFileNames(row, TrainingPanel::tr("Dataset files (SQuAD format)"), QString(),
                                                             TrainingPanel::tr("JSON files (*.json)")))
      edit->appendPlainText(file);
  });
  QObject::connect(addFolder, &QPushButton::clicked, row, [row, edit] {
    const QString dir = QFileDialog::getExistingDirectory(row, TrainingPanel::tr("Dataset folder"));
    if (!dir.isEmpty()) edit->appendPlainText(dir);
  });
  auto* buttons = new QVBoxLayout;
  buttons->addWidget(addFiles);
  buttons->addWidget(addFolder);
  buttons->addStretch(1);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit, 1);
  layout->addLayout(buttons);
  return row;
}

QFormLayout* groupForm(QGroupBox* group) {
  auto* form = new QFormLayout(group);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  return form;
}

QTableWidgetItem* scoreItem(double value) {
  auto* item = new QTableWidgetItem(QString::number(value, 'f', 1));
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

// The student a training folder offers: best/, else the last epoch's folder, else the checkpoint.
QString studentOfFolder(const QDir& folder, const std::vector<EpochScores>& epochs) {
  if (QFileInfo::exists(folder.filePath(QStringLiteral("best/config.json")))) return folder.filePath(QStringLiteral("best"));
  int lastEpoch = 0;
  for (const EpochScores& scores : epochs) lastEpoch = std::max(lastEpoch, scores.epoch + 1);
  for (int epoch = lastEpoch; epoch >= 1; --epoch) {
    const QString name = QStringLiteral("epoch-%1").arg(epoch);
    if (QFileInfo::exists(folder.filePath(name + QStringLiteral("/config.json")))) return folder.filePath(name);
  }
  if (QFileInfo::exists(folder.filePath(QStringLiteral("checkpoint/config.json")))) return folder.filePath(QStringLiteral("checkpoint"));
  return {};
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
  replotTimer_ = new QTimer(this);
  replotTimer_->setSingleShot(true);
  replotTimer_->setInterval(kReplotIntervalMs);
  connect(replotTimer_, &QTimer::timeout, this, &TrainingPanel::replotNow);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(createForm());
  splitter->addWidget(createMonitor());
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({440, 660});
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  // Names for tests and accessibility tools.
  const std::pair<QWidget*, const char*> names[] = {
      {student_, "student"}, {teacher_, "teacher"}, {renewTeacher_, "renewTeacher"}, {trainData_, "trainData"},
      {distill_, "distill"}, {alphaCe_, "alphaCe"}, {alphaKl_, "alphaKl"}, {temperature_, "temperature"},
      {direction_, "direction"}, {weighting_, "weighting"}, {k_, "k"}, {window_, "window"},
      {symmetricWindow_, "symmetricWindow"}, {epochs_, "epochs"}, {learningRate_, "learningRate"},
      {devPairs_, "devPairs"}, {outputDir_, "outputDir"}, {planButton_, "countSteps"}};
  for (const auto& [widget, name] : names) widget->setObjectName(QLatin1String(name));

  connectFormChanges();
  setConfig(TrainingConfig());
}

TrainingPanel::~TrainingPanel() {
  // Before the widgets go: the job cancels, waits for its checkpoint, and emits nothing more here.
  if (job_) job_->disconnect(this);
  delete job_.data();
}

// ---- the form ----

QWidget* TrainingPanel::createForm() {
  auto* side = new QWidget(this);
  presetBox_ = new QComboBox(side);
  presetBox_->addItem(tr("CE fine-tuning"), static_cast<int>(TrainingPreset::CrossEntropy));
  presetBox_->addItem(tr("SKD (constant KL weight)"), static_cast<int>(TrainingPreset::SelfDistillation));
  presetBox_->addItem(tr("SKD + mAP@k"), static_cast<int>(TrainingPreset::SelfDistillationMapAtK));
  presetBox_->setToolTip(tr("Sets the loss settings of a published recipe; the other settings stay"));
  presetBox_->setCurrentIndex(2);  // the defaults are the published method's
  connect(presetBox_, &QComboBox::activated, this,
          [this](int index) { applyPresetChoice(static_cast<TrainingPreset>(presetBox_->itemData(index).toInt())); });
  auto* presetRow = new QHBoxLayout;
  auto* presetLabel = new QLabel(tr("Preset:"), side);
  presetLabel->setBuddy(presetBox_);
  presetRow->addWidget(presetLabel);
  presetRow->addWidget(presetBox_, 1);

  form_ = new QWidget(side);
  auto* groups = new QVBoxLayout(form_);
  groups->addWidget(createModelsGroup());
  groups->addWidget(createDataGroup());
  groups->addWidget(createLossGroup());
  groups->addWidget(createOptimisationGroup());
  groups->addWidget(createEvaluationGroup());
  groups->addWidget(createOutputGroup());
  groups->addStretch(1);
  auto* scroll = new QScrollArea(side);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form fits the width; it scrolls down
  scroll->setWidget(form_);
  scroll->setMinimumWidth(420);

  validation_ = new QLabel(side);
  validation_->setWordWrap(true);
  validation_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  loadButton_ = new QPushButton(tr("Load config…"), side);
  saveButton_ = new QPushButton(tr("Save config…"), side);
  showFolderButton_ = new QPushButton(tr("Show a training folder…"), side);
  showFolderButton_->setToolTip(tr("Shows the curves and scores of an earlier training and puts its settings in the form"));
  planButton_ = new QPushButton(tr("Count steps"), side);
  planButton_->setToolTip(tr("Samples the training data and builds its windows (no model is loaded) to tell how many steps the training takes"));
  startButton_ = new QPushButton(tr("Start"), side);
  resumeButton_ = new QPushButton(tr("Resume"), side);
  resumeButton_->setToolTip(tr("Continues the training in the output folder from its last checkpoint"));
  cancelButton_ = new QPushButton(tr("Cancel"), side);
  cancelButton_->setToolTip(tr("Stops after the current step and saves a checkpoint; Resume continues from it"));
  cancelButton_->setEnabled(false);
  connect(loadButton_, &QPushButton::clicked, this, &TrainingPanel::chooseLoadConfig);
  connect(saveButton_, &QPushButton::clicked, this, &TrainingPanel::chooseSaveConfig);
  connect(showFolderButton_, &QPushButton::clicked, this, &TrainingPanel::chooseTrainingFolder);
  connect(planButton_, &QPushButton::clicked, this, &TrainingPanel::estimatePlan);
  connect(startButton_, &QPushButton::clicked, this, [this] { startTraining(false); });
  connect(resumeButton_, &QPushButton::clicked, this, [this] { startTraining(true); });
  connect(cancelButton_, &QPushButton::clicked, this, &TrainingPanel::cancelTraining);
  auto* fileButtons = new QHBoxLayout;
  fileButtons->addWidget(loadButton_);
  fileButtons->addWidget(saveButton_);
  fileButtons->addWidget(showFolderButton_);
  fileButtons->addStretch(1);
  auto* runButtons = new QHBoxLayout;
  runButtons->addWidget(planButton_);
  runButtons->addStretch(1);
  runButtons->addWidget(startButton_);
  runButtons->addWidget(resumeButton_);
  runButtons->addWidget(cancelButton_);

  auto* layout = new QVBoxLayout(side);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(presetRow);
  layout->addWidget(scroll, 1);
  layout->addWidget(validation_);
  layout->addLayout(fileButtons);
  layout->addLayout(runButtons);
  return side;
}

QWidget* TrainingPanel::createModelsGroup() {
  auto* group = new QGroupBox(tr("Models"), form_);
  student_ = new QLineEdit(group);
  student_->setPlaceholderText(tr("Hugging Face model folder the student starts from"));
  teacher_ = new QLineEdit(group);
  teacher_->setPlaceholderText(tr("self (the student's start)"));
  teacher_->setClearButtonEnabled(true);
  teacher_->setToolTip(tr("Empty: self-distillation, the teacher is the student's starting point. "
                          "A folder: that teacher, frozen."));
  renewTeacher_ = new QCheckBox(tr("Renew the teacher each epoch"), group);
  renewTeacher_->setToolTip(tr("Self-distillation only: the student at the start of each epoch becomes its teacher "
                               "(one generation per epoch)"));
  teacherRow_ = folderRow(group, teacher_, tr("Teacher model folder"));
  auto* form = groupForm(group);
  form->addRow(tr("Student"), folderRow(group, student_, tr("Student model folder")));
  form->addRow(tr("Teacher"), teacherRow_);
  form->addRow(QString(), renewTeacher_);
  return group;
}

QWidget* TrainingPanel::createDataGroup() {
  auto* group = new QGroupBox(tr("Training data"), form_);
  trainData_ = new QPlainTextEdit(group);
  languages_ = new QLineEdit(group);
  languages_->setPlaceholderText(tr("all languages of the data (or: en, es, de)"));
  targetLanguages_ = makeSpin(group, 0, 100, tr("all"));
  targetLanguages_->setToolTip(tr("Non-English context languages drawn per question"));
  addEnglish_ = new QCheckBox(tr("Add English"), group);
  addEnglish_->setToolTip(tr("English is trained on for every question, besides the drawn target languages"));
  maxQuestions_ = makeSpin(group, 0, INT_MAX, tr("all"));
  maxQuestions_->setToolTip(tr("The first questions of the English file are used"));
  maxSeqLength_ = makeSpin(group, 16, 4096);
  docStride_ = makeSpin(group, 0, 4096);
  maxQueryLength_ = makeSpin(group, 1, 4096);
  auto* form = groupForm(group);
  form->addRow(tr("Inputs"), inputsRow(group, trainData_));
  form->addRow(tr("Languages"), languages_);
  form->addRow(tr("Targets per question"), targetLanguages_);
  form->addRow(QString(), addEnglish_);
  form->addRow(tr("Questions at most"), maxQuestions_);
  form->addRow(tr("Max sequence length"), maxSeqLength_);
  form->addRow(tr("Document stride"), docStride_);
  form->addRow(tr("Max question length"), maxQueryLength_);
  return group;
}

QWidget* TrainingPanel::createLossGroup() {
  auto* group = new QGroupBox(tr("Loss"), form_);
  distill_ = new QCheckBox(tr("Distil from a teacher"), group);
  distill_->setToolTip(tr("Off: plain cross-entropy fine-tuning, no teacher is loaded"));
  alphaCe_ = makeDoubleSpin(group, 0, 100, 3, 0.1);
  alphaKl_ = makeDoubleSpin(group, 0, 100, 3, 0.1);
  alphaKl_->setToolTip(tr("The KL weight when the weighting is constant"));
  temperature_ = new TemperatureControl(group);
  direction_ = new QComboBox(group);
  direction_->addItem(tr("Forward: KL(teacher ‖ student)"), static_cast<int>(KlDirection::Forward));
  direction_->addItem(tr("Reverse: KL(student ‖ teacher)"), static_cast<int>(KlDirection::Reverse));
  direction_->addItem(tr("Symmetric: both"), static_cast<int>(KlDirection::Symmetric));
  weighting_ = new QComboBox(group);
  weighting_->addItem(tr("Constant (α_KL)"), static_cast<int>(KlWeighting::Constant));
  weighting_->addItem(tr("mAP@k of the teacher, per batch"), static_cast<int>(KlWeighting::MapAtK));
  weighting_->addItem(tr("MRR@k of the teacher, per batch"), static_cast<int>(KlWeighting::MrrAtK));
  k_ = makeSpin(group, 1, 512);
  window_ = makeSpin(group, 0, 512);
  window_->setPrefix(QStringLiteral("±"));
  window_->setToolTip(tr("mAP@k counts a top-k position as a hit within this many tokens of gold"));
  symmetricWindow_ = new QCheckBox(tr("Symmetric window"), group);
  symmetricWindow_->setToolTip(tr("Off: gold − w … gold + w − 1, as the reference code. On: gold − w … gold + w."));
  auto* form = groupForm(group);
  form->addRow(QString(), distill_);
  form->addRow(tr("α_CE"), alphaCe_);
  form->addRow(tr("α_KL"), alphaKl_);
  form->addRow(tr("Temperature"), temperature_);
  form->addRow(tr("KL direction"), direction_);
  form->addRow(tr("KL weighting"), weighting_);
  form->addRow(tr("k"), k_);
  form->addRow(tr("Window"), window_);
  form->addRow(QString(), symmetricWindow_);
  return group;
}

QWidget* TrainingPanel::createOptimisationGroup() {
  auto* group = new QGroupBox(tr("Optimisation"), form_);
  epochs_ = makeSpin(group, 0, 10000);
  batchSize_ = makeSpin(group, 0, 65536);
  batchSize_->setToolTip(tr("Windows per forward pass"));
  gradientAccumulation_ = makeSpin(group, 0, 65536);
  gradientAccumulation_->setToolTip(tr("Forward passes per optimizer step"));
  learningRate_ = new QLineEdit(group);
  weightDecay_ = makeDoubleSpin(group, 0, 10, 4, 0.01);
  adamEpsilon_ = new QLineEdit(group);
  warmupFraction_ = makeDoubleSpin(group, 0, 1, 3, 0.05);
  warmupFraction_->setToolTip(tr("Of all optimizer steps; then the rate decays linearly to 0"));
  maxGradNorm_ = makeDoubleSpin(group, 0, 1000, 2, 0.5);
  maxGradNorm_->setSpecialValueText(tr("no clipping"));
  seed_ = new QLineEdit(group);
  device_ = new QComboBox(group);
  device_->setEditable(true);
  device_->addItems({QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda:0")});
  auto* form = groupForm(group);
  form->addRow(tr("Epochs"), epochs_);
  form->addRow(tr("Batch size"), batchSize_);
  form->addRow(tr("Gradient accumulation"), gradientAccumulation_);
  form->addRow(tr("Learning rate"), learningRate_);
  form->addRow(tr("Weight decay"), weightDecay_);
  form->addRow(tr("Adam ε"), adamEpsilon_);
  form->addRow(tr("Warm-up fraction"), warmupFraction_);
  form->addRow(tr("Max gradient norm"), maxGradNorm_);
  form->addRow(tr("Seed"), seed_);
  form->addRow(tr("Device"), device_);
  return group;
}

QWidget* TrainingPanel::createEvaluationGroup() {
  auto* group = new QGroupBox(tr("Dev evaluation after each epoch"), form_);
  devData_ = new QPlainTextEdit(group);
  auto* sameAsTraining = new QPushButton(tr("Same as the training data"), group);
  connect(sameAsTraining, &QPushButton::clicked, this, [this] { devData_->setPlainText(trainData_->toPlainText()); });
  devPairs_ = new QLineEdit(group);
  devPairs_->setPlaceholderText(tr("all, xlt, gxlt or en-es, es-en"));
  devPairs_->setToolTip(tr("all: every pair; xlt: same language; gxlt: different languages; or a list of pairs"));
  devMaxExamples_ = makeSpin(group, 0, INT_MAX, tr("all"));
  auto* form = groupForm(group);
  form->addRow(tr("Inputs"), inputsRow(group, devData_));
  form->addRow(QString(), sameAsTraining);
  form->addRow(tr("Language pairs"), devPairs_);
  form->addRow(tr("Examples per pair"), devMaxExamples_);
  return group;
}

QWidget* TrainingPanel::createOutputGroup() {
  auto* group = new QGroupBox(tr("Output"), form_);
  outputDir_ = new QLineEdit(group);
  outputDir_->setPlaceholderText(tr("A new or empty folder (Resume: the folder of the training to continue)"));
  saveEvery_ = makeSpin(group, 0, INT_MAX, tr("at epoch ends only"));
  saveEvery_->setSuffix(tr(" steps"));
  auto* form = groupForm(group);
  form->addRow(tr("Folder"), folderRow(group, outputDir_, tr("Training output folder")));
  form->addRow(tr("Checkpoint every"), saveEvery_);
  return group;
}

void TrainingPanel::connectFormChanges() {
  const auto changed = [this] { formChanged(); };
  for (QLineEdit* edit : {student_, teacher_, languages_, learningRate_, adamEpsilon_, seed_, devPairs_, outputDir_})
    connect(edit, &QLineEdit::textChanged, this, changed);
  for (QPlainTextEdit* edit : {trainData_, devData_}) connect(edit, &QPlainTextEdit::textChanged, this, changed);
  for (QCheckBox* box : {renewTeacher_, addEnglish_, distill_, symmetricWindow_}) connect(box, &QCheckBox::toggled, this, changed);
  for (QSpinBox* spin : {targetLanguages_, maxQuestions_, maxSeqLength_, docStride_, maxQueryLength_, k_, window_, epochs_,
                         batchSize_, gradientAccumulation_, devMaxExamples_, saveEvery_})
    connect(spin, &QSpinBox::valueChanged, this, changed);
  for (QDoubleSpinBox* spin : {alphaCe_, alphaKl_, weightDecay_, warmupFraction_, maxGradNorm_})
    connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
  for (QComboBox* box : {direction_, weighting_}) connect(box, &QComboBox::currentIndexChanged, this, changed);
  connect(device_, &QComboBox::currentTextChanged, this, changed);
  connect(temperature_, &TemperatureControl::temperatureChanged, this, changed);
}

TrainingConfig TrainingPanel::config() const {
  TrainingConfig c;
  c.student = student_->text().trimmed().toStdString();
  c.teacher = teacher_->text().trimmed().toStdString();
  c.renewTeacherEachEpoch = renewTeacher_->isChecked();

  c.trainData = inputLines(trainData_);
  c.sampling.languages.clear();
  for (const QString& language : commaList(languages_->text()))
    if (language != QLatin1String("all")) c.sampling.languages.push_back(language.toStdString());
  c.sampling.targetLanguages = targetLanguages_->value();
  c.sampling.addEnglish = addEnglish_->isChecked();
  c.sampling.maxQuestions = static_cast<std::size_t>(maxQuestions_->value());
  c.features.maxSeqLength = maxSeqLength_->value();
  c.features.docStride = docStride_->value();
  c.features.maxQueryLength = maxQueryLength_->value();

  c.distill = distill_->isChecked();
  c.alphaCe = alphaCe_->value();
  c.alphaKl = alphaKl_->value();
  c.temperature = temperature_->temperature();
  c.direction = static_cast<KlDirection>(direction_->currentData().toInt());
  c.weighting = static_cast<KlWeighting>(weighting_->currentData().toInt());
  c.coefficient.kind = c.weighting == KlWeighting::MrrAtK ? CoefficientKind::MrrAtK : CoefficientKind::MapAtK;
  c.coefficient.k = k_->value();
  c.coefficient.window = window_->value();
  c.coefficient.symmetricWindow = symmetricWindow_->isChecked();

  c.epochs = epochs_->value();
  c.batchSize = batchSize_->value();
  c.gradientAccumulation = gradientAccumulation_->value();
  if (const auto rate = parseNumber(learningRate_->text())) c.learningRate = *rate;
  c.weightDecay = weightDecay_->value();
  if (const auto epsilon = parseNumber(adamEpsilon_->text())) c.adamEpsilon = *epsilon;
  c.warmupFraction = warmupFraction_->value();
  c.maxGradNorm = maxGradNorm_->value();
  bool seedOk = false;
  const qulonglong seed = seed_->text().trimmed().toULongLong(&seedOk);
  if (seedOk) c.seed = seed;
  c.device = device_->currentText().trimmed().toStdString();

  c.devData = inputLines(devData_);
  c.devPairs = parsedDevPairs(nullptr);
  c.devMaxExamplesPerPair = static_cast<std::size_t>(devMaxExamples_->value());

  c.outputDir = outputDir_->text().trimmed().toStdString();
  c.saveEverySteps = saveEvery_->value();
  return c;
}

std::vector<LanguagePair> TrainingPanel::parsedDevPairs(QStringList* problems) const {
  const QString selection = devPairs_->text().trimmed().toLower().remove(QLatin1Char(' '));
  if (selection.isEmpty() || selection == QLatin1String("all")) return {};  // every pair of the dev data
  try {
    if (selection == QLatin1String("xlt") || selection == QLatin1String("gxlt"))
      return selectPairs(selection.toStdString(), pairsOfInputs(inputLines(devData_)));
    std::vector<LanguagePair> pairs;
    for (const QString& item : commaList(selection)) pairs.push_back(parseLanguagePair(item.toStdString()));
    return pairs;
  } catch (const std::exception& e) {
    if (problems) *problems << tr("Dev language pairs: %1").arg(QString::fromUtf8(e.what()));
    return {};
  }
}

void TrainingPanel::setConfig(const TrainingConfig& c) {
  settingConfig_ = true;
  student_->setText(QString::fromStdString(c.student));
  teacher_->setText(QString::fromStdString(c.teacher));
  renewTeacher_->setChecked(c.renewTeacherEachEpoch);

  setInputLines(trainData_, c.trainData);
  QStringList languages;
  for (const std::string& language : c.sampling.languages) languages << QString::fromStdString(language);
  languages_->setText(languages.join(QStringLiteral(", ")));
  targetLanguages_->setValue(c.sampling.targetLanguages);
  addEnglish_->setChecked(c.sampling.addEnglish);
  maxQuestions_->setValue(clampToInt(c.sampling.maxQuestions));
  maxSeqLength_->setValue(c.features.maxSeqLength);
  docStride_->setValue(c.features.docStride);
  maxQueryLength_->setValue(c.features.maxQueryLength);

  distill_->setChecked(c.distill);
  alphaCe_->setValue(c.alphaCe);
  alphaKl_->setValue(c.alphaKl);
  temperature_->setTemperature(c.temperature);
  direction_->setCurrentIndex(direction_->findData(static_cast<int>(c.direction)));
  weighting_->setCurrentIndex(weighting_->findData(static_cast<int>(c.weighting)));
  k_->setValue(c.coefficient.k);
  window_->setValue(c.coefficient.window);
  symmetricWindow_->setChecked(c.coefficient.symmetricWindow);

  epochs_->setValue(c.epochs);
  batchSize_->setValue(c.batchSize);
  gradientAccumulation_->setValue(c.gradientAccumulation);
  learningRate_->setText(shortestNumber(c.learningRate));
  weightDecay_->setValue(c.weightDecay);
  adamEpsilon_->setText(shortestNumber(c.adamEpsilon));
  warmupFraction_->setValue(c.warmupFraction);
  maxGradNorm_->setValue(c.maxGradNorm);
  seed_->setText(QString::number(static_cast<qulonglong>(c.seed)));
  device_->setCurrentText(QString::fromStdString(c.device));

  setInputLines(devData_, c.devData);
  QStringList pairs;
  for (const LanguagePair& pair : c.devPairs) pairs << QString::fromStdString(pair.key());
  devPairs_->setText(pairs.isEmpty() ? QStringLiteral("all") : pairs.join(QStringLiteral(", ")));
  devMaxExamples_->setValue(clampToInt(c.devMaxExamplesPerPair));

  outputDir_->setText(QString::fromStdString(c.outputDir));
  saveEvery_->setValue(c.saveEverySteps);
  settingConfig_ = false;
  formChanged();
}

void TrainingPanel::applyPresetChoice(TrainingPreset preset) {
  TrainingConfig c = config();
  applyPreset(c, preset);
  setConfig(c);
  presetBox_->setCurrentIndex(presetBox_->findData(static_cast<int>(preset)));
}

void TrainingPanel::suggestDefaults(const QString& student, const QStringList& trainData, const QString& outputDir) {
  if (student_->text().trimmed().isEmpty() && !student.isEmpty()) student_->setText(student);
  if (trainData_->toPlainText().trimmed().isEmpty() && !trainData.isEmpty()) trainData_->setPlainText(trainData.join(QLatin1Char('\n')));
  if (outputDir_->text().trimmed().isEmpty() && !outputDir.isEmpty()) outputDir_->setText(outputDir);
}

void TrainingPanel::formChanged() {
  if (settingConfig_) return;
  updateEnabledControls();
  updateValidation();
}

void TrainingPanel::updateEnabledControls() {
  const bool distill = distill_->isChecked();
  const auto weighting = static_cast<KlWeighting>(weighting_->currentData().toInt());
  teacherRow_->setEnabled(distill);
  renewTeacher_->setEnabled(distill && teacher_->text().trimmed().isEmpty());
  alphaKl_->setEnabled(distill && weighting == KlWeighting::Constant);  // else the coefficient is the weight
  for (QWidget* control : std::initializer_list<QWidget*>{temperature_, direction_, weighting_}) control->setEnabled(distill);
  k_->setEnabled(distill && weighting != KlWeighting::Constant);
  // MRR@k's hit is the gold position itself: the window only matters to mAP@k.
  window_->setEnabled(distill && weighting == KlWeighting::MapAtK);
  symmetricWindow_->setEnabled(distill && weighting == KlWeighting::MapAtK);
}

QStringList TrainingPanel::problems() const {
  QStringList found;
  if (!parseNumber(learningRate_->text())) found << tr("Learning rate: not a number");
  if (!parseNumber(adamEpsilon_->text())) found << tr("Adam ε: not a number");
  bool seedOk = false;
  seed_->text().trimmed().toULongLong(&seedOk);
  if (!seedOk) found << tr("Seed: not a whole number ≥ 0");
  parsedDevPairs(&found);
  // validate() checks values; what is (not) on disk is checked here, before a long start fails.
  const auto checkModel = [&found](const QLineEdit* edit, const char* key) {
    const QString dir = edit->text().trimmed();
    if (!dir.isEmpty() && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json"))))
      found << tr("%1: no model folder (config.json) at %2").arg(QLatin1String(key), dir);
  };
  checkModel(student_, "student");
  if (distill_->isChecked()) checkModel(teacher_, "teacher");
  const auto checkInputs = [&found](const QPlainTextEdit* edit, const char* key) {
    for (const std::string& input : inputLines(edit)) {
      const QString path = QString::fromStdString(inputPath(input));
      if (!QFileInfo::exists(path)) found << tr("%1: no such file or folder: %2").arg(QLatin1String(key), path);
    }
  };
  checkInputs(trainData_, "train_data");
  checkInputs(devData_, "dev_data");
  try {
    for (const std::string& message : validate(config())) found << QString::fromStdString(message);
  } catch (const std::exception& e) {
    found << QString::fromUtf8(e.what());
  }
  return found;
}

void TrainingPanel::showEvent(QShowEvent* event) {
  updateValidation();
  QWidget::showEvent(event);
}

QString TrainingPanel::validationText() const { return validation_->text(); }

void TrainingPanel::updateValidation() {
  const QStringList found = problems();
  const QString output = outputDir_->text().trimmed();
  const QDir outputDir(output);
  const bool outputUsed = !output.isEmpty() && outputDir.exists() && !outputDir.isEmpty();
  const bool resumable = !output.isEmpty() && (QFileInfo::exists(outputDir.filePath(QStringLiteral("checkpoint"))) ||
                                               QFileInfo::exists(outputDir.filePath(QStringLiteral("config.json"))));
  startBlocker_ = outputUsed ? tr("The output folder is not empty: Resume continues the training in it, or choose a new folder to start afresh.")
                             : QString();
  QPalette palette = validation_->palette();
  if (!found.isEmpty()) {
    validation_->setText(tr("Cannot start yet:") + QStringLiteral("\n• ") + found.join(QStringLiteral("\n• ")));
    palette.setColor(QPalette::WindowText, kVermillion);
  } else {
    validation_->setText(startBlocker_.isEmpty() ? tr("Ready to start.") : startBlocker_);
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
  }
  validation_->setPalette(palette);
  const bool busy = isBusy();
  startButton_->setEnabled(!busy && found.isEmpty() && startBlocker_.isEmpty());
  resumeButton_->setEnabled(!busy && found.isEmpty() && resumable);
}

// ---- files ----

bool TrainingPanel::saveConfigFile(const QString& path, QString* error) {
  TrainingConfig c = config();
  c.student = absolutePath(c.student);
  c.teacher = absolutePath(c.teacher);
  c.outputDir = absolutePath(c.outputDir);
  for (std::string& input : c.trainData) input = absoluteInput(input);
  for (std::string& input : c.devData) input = absoluteInput(input);
  try {
    writeFileAtomically(path.toStdString(), toJson(c).dump(2) + "\n");
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

bool TrainingPanel::loadConfigFile(const QString& path, QString* error) {
  try {
    const TrainingConfig c = readTrainingConfig(path.toStdString());
    setConfig(c);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

void TrainingPanel::showProblem(const QString& title, const QString& message) {
  statusLabel_->setText(title + QStringLiteral(": ") + message);
  if (QApplication::platformName() != QLatin1String("offscreen")) QMessageBox::warning(this, title, message);
}

void TrainingPanel::chooseLoadConfig() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load a training config"), QString(), tr("Training configs (*.json)"));
  QString error;
  if (!path.isEmpty() && !loadConfigFile(path, &error)) showProblem(tr("Cannot load the config"), error);
}

void TrainingPanel::chooseSaveConfig() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save the training config"), QStringLiteral("train.json"),
                                                    tr("Training configs (*.json)"));
  QString error;
  if (path.isEmpty()) return;
  if (!saveConfigFile(path, &error)) return showProblem(tr("Cannot save the config"), error);
  statusLabel_->setText(tr("Saved %1: run it with xlqa train --config %1").arg(path));
}

void TrainingPanel::chooseTrainingFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Training output folder"), outputDir_->text());
  if (!dir.isEmpty()) showTrainingFolder(dir);
}

void TrainingPanel::estimatePlan() {
  if (planJob_) return;
  const TrainingConfig c = config();
  auto plan = std::make_shared<TrainingPlan>();
  planJob_ = BackgroundJob::start(tr("Counting steps"), [c, plan](BackgroundJob&) { *plan = planTraining(c); }, this);
  planButton_->setEnabled(false);
  statusLabel_->setText(tr("Sampling the training data and building its windows…"));
  connect(planJob_, &BackgroundJob::finished, this, [this, plan](bool, const QString& error) {
    planButton_->setEnabled(true);
    if (!error.isEmpty()) return showProblem(tr("Cannot count the steps"), error);
    statusLabel_->setText(tr("%1 questions, %2 examples, %3 windows: %4 steps per epoch, %5 in all")
                              .arg(plan->questions).arg(plan->examples).arg(plan->windows)
                              .arg(plan->stepsPerEpoch).arg(plan->totalSteps));
  });
}

// ---- running ----

bool TrainingPanel::isBusy() const { return job_ != nullptr; }

bool TrainingPanel::startTraining(bool resume) {
  if (isBusy()) return false;
  updateValidation();
  if (!problems().isEmpty() || (!resume && !startBlocker_.isEmpty())) return false;
  const TrainingConfig c = config();
  const QString folder = QString::fromStdString(c.outputDir);
  shownFolder_ = folder;
  clearCurves();
  // A resume shows the curves so far; the steps after the checkpoint come again and replace theirs.
  if (resume) {
    try {
      showLog(readTrainingLog(c.outputDir));
    } catch (const std::exception&) {
      // No log yet (killed before the first step): the curves start empty.
    }
  }
  result_.reset();
  setFinishedModels({}, {});

  job_ = new TrainingJob(c, resume, this);
  connect(job_, &TrainingJob::stepDone, this, &TrainingPanel::addStep);
  connect(job_, &TrainingJob::epochDone, this, &TrainingPanel::addEpoch);
  connect(job_, &TrainingJob::statusChanged, this, [this](const QString& text) {
    statusLabel_->setText(tr("Preparing: %1").arg(text));
  });
  connect(job_, &TrainingJob::progress, this, [this](double fraction, const QString& text) {
    if (fraction < 0) progress_->setRange(0, 0);
    else progress_->setRange(0, kProgressSteps), progress_->setValue(static_cast<int>(fraction * kProgressSteps));
    statusLabel_->setText(text);
  });
  connect(job_, &TrainingJob::finished, this, &TrainingPanel::onTrainingFinished);

  statusLabel_->setText(resume ? tr("Resuming from the checkpoint…") : tr("Starting…"));
  progress_->setRange(0, 0);
  progress_->show();
  form_->setEnabled(false);
  presetBox_->setEnabled(false);
  loadButton_->setEnabled(false);
  showFolderButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  updateValidation();
  emit busyChanged(true);
  return true;
}

void TrainingPanel::cancelTraining() {
  if (!job_) return;
  job_->cancel();
  cancelButton_->setEnabled(false);
  statusLabel_->setText(tr("Cancelling: saving a checkpoint…"));
}

void TrainingPanel::onTrainingFinished(bool cancelled, const QString& error) {
  result_ = job_->result();
  job_->deleteLater();
  job_ = nullptr;
  form_->setEnabled(true);
  presetBox_->setEnabled(true);
  loadButton_->setEnabled(true);
  showFolderButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  progress_->hide();
  replotNow();
  if (!error.isEmpty()) {
    showProblem(tr("The training failed"), error);
  } else if (result_) {
    const QString student = QString::fromStdString(result_->bestModel.empty() ? result_->lastModel : result_->bestModel);
    setFinishedModels(student, QString::fromStdString(result_->finalRun));
    if (cancelled) statusLabel_->setText(tr("Cancelled after step %1: Resume continues from the checkpoint.").arg(result_->steps));
    else statusLabel_->setText(tr("Finished: %n optimizer step(s).", nullptr, static_cast<int>(result_->steps)));
    if (!cancelled && !result_->finalRun.empty())
      showRunInHeatmap(QString::fromStdString(result_->finalRun), tr("The starting model (teacher) and the trained student on the dev pairs"));
  }
  updateValidation();
  emit busyChanged(false);
}

void TrainingPanel::setFinishedModels(const QString& studentDir, const QString& runDir) {
  studentDir_ = studentDir;
  runDir_ = runDir;
  openStudentButton_->setEnabled(!studentDir.isEmpty());
  openStudentButton_->setToolTip(studentDir);
  openRunButton_->setEnabled(!runDir.isEmpty());
  openRunButton_->setToolTip(runDir);
}

// ---- the monitor ----

QWidget* TrainingPanel::createMonitor() {
  auto* monitor = new QWidget(this);
  statusLabel_ = new QLabel(tr("No training yet: fill in the settings and press Start."), monitor);
  statusLabel_->setWordWrap(true);
  statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  progress_ = new QProgressBar(monitor);
  progress_->setRange(0, kProgressSteps);
  progress_->setMaximumWidth(220);
  progress_->hide();
  auto* statusRow = new QHBoxLayout;
  statusRow->addWidget(statusLabel_, 1);
  statusRow->addWidget(progress_);

  lossPlot_ = new QCustomPlot(monitor);
  lossPlot_->setMinimumHeight(200);
  schedulePlot_ = new QCustomPlot(monitor);
  schedulePlot_->setMinimumHeight(150);
  createPlots();

  epochTable_ = new QTableWidget(0, ColumnCount, monitor);
  epochTable_->setHorizontalHeaderLabels({tr("Epoch"), tr("XLT F1"), tr("G-XLT F1"), tr("XLT EM"), tr("G-XLT EM"), tr("Best")});
  epochTable_->setToolTip(tr("Dev scores of the student after each epoch; select a row to see its heatmap"));
  epochTable_->verticalHeader()->hide();
  epochTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  epochTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  epochTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
  epochTable_->setSelectionMode(QAbstractItemView::SingleSelection);
  connect(epochTable_, &QTableWidget::itemSelectionChanged, this, [this] {
    const auto selected = epochTable_->selectedItems();
    if (selected.isEmpty()) return;
    const int row = selected.first()->row();
    const QString run = epochTable_->item(row, ColEpoch)->data(Qt::UserRole).toString();
    if (!run.isEmpty()) showRunInHeatmap(run, tr("Student after epoch %1 on the dev pairs").arg(epochTable_->item(row, ColEpoch)->text()));
  });

  openStudentButton_ = new QPushButton(tr("Open as student model"), monitor);
  openRunButton_ = new QPushButton(tr("Open the teacher/student heatmap"), monitor);
  connect(openStudentButton_, &QPushButton::clicked, this, [this] { emit studentReady(studentDir_); });
  connect(openRunButton_, &QPushButton::clicked, this, [this] { emit runReady(runDir_); });
  setFinishedModels({}, {});
  auto* scores = new QWidget(monitor);
  auto* scoresLayout = new QVBoxLayout(scores);
  scoresLayout->setContentsMargins(0, 0, 0, 0);
  scoresLayout->addWidget(epochTable_, 1);
  scoresLayout->addWidget(openStudentButton_);
  scoresLayout->addWidget(openRunButton_);

  heatmap_ = new HeatmapView(monitor);
  heatmap_->setMinimumSize(280, 240);
  heatmapCaption_ = new QLabel(tr("The latest epoch's dev heatmap appears here."), monitor);
  heatmapCaption_->setWordWrap(true);
  auto* heatmapBox = new QWidget(monitor);
  auto* heatmapLayout = new QVBoxLayout(heatmapBox);
  heatmapLayout->setContentsMargins(0, 0, 0, 0);
  heatmapLayout->addWidget(heatmapCaption_);
  heatmapLayout->addWidget(heatmap_, 1);

  auto* bottom = new QSplitter(Qt::Horizontal, monitor);
  bottom->addWidget(scores);
  bottom->addWidget(heatmapBox);
  bottom->setSizes({340, 340});
  auto* plots = new QSplitter(Qt::Vertical, monitor);
  plots->addWidget(lossPlot_);
  plots->addWidget(schedulePlot_);
  plots->addWidget(bottom);
  plots->setStretchFactor(0, 3);
  plots->setStretchFactor(1, 2);
  plots->setStretchFactor(2, 3);

  auto* layout = new QVBoxLayout(monitor);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(statusRow);
  layout->addWidget(plots, 1);
  return monitor;
}

void TrainingPanel::createPlots() {
  const auto addGraph = [](QCustomPlot* plot, QCPAxis* valueAxis, const QColor& color, Qt::PenStyle style, double width,
                           const QString& name) {
    QCPGraph* graph = plot->addGraph(plot->xAxis, valueAxis);
    QPen pen(color, width);
    pen.setStyle(style);  // line styles too, for prints in black and white
    graph->setPen(pen);
    graph->setName(name);
    graph->setAdaptiveSampling(true);  // long trainings stay fast to draw
    return graph;
  };
  lossGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kBlue, Qt::SolidLine, 2.0, tr("loss"));
  ceGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kVermillion, Qt::DashLine, 1.5, tr("CE"));
  klGraph_ = addGraph(lossPlot_, lossPlot_->yAxis, kGreen, Qt::DotLine, 1.5, tr("KL"));
  lossPlot_->xAxis->setLabel(tr("optimizer step"));
  lossPlot_->yAxis->setLabel(tr("loss"));
  lossPlot_->legend->setVisible(true);

  klWeightGraph_ = addGraph(schedulePlot_, schedulePlot_->yAxis, kPurple, Qt::SolidLine, 1.5, tr("KL weight (α_KL or coefficient)"));
  learningRateGraph_ = addGraph(schedulePlot_, schedulePlot_->yAxis2, kOrange, Qt::DashLine, 1.5, tr("learning rate"));
  schedulePlot_->xAxis->setLabel(tr("optimizer step"));
  schedulePlot_->yAxis->setLabel(tr("KL weight"));
  schedulePlot_->yAxis2->setVisible(true);
  schedulePlot_->yAxis2->setLabel(tr("learning rate"));
  schedulePlot_->legend->setVisible(true);
  for (QCustomPlot* plot : {lossPlot_, schedulePlot_}) {
    QFont small = plot->legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    plot->legend->setFont(small);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  }
}

void TrainingPanel::addStep(const TrainingStep& step) {
  const double key = static_cast<double>(step.step);
  const std::initializer_list<QCPGraph*> graphs{lossGraph_, ceGraph_, klGraph_, klWeightGraph_, learningRateGraph_};
  if (!lossGraph_->data()->isEmpty() && key <= (lossGraph_->data()->constEnd() - 1)->key) {
    for (QCPGraph* graph : graphs) graph->data()->removeAfter(key - 0.5);
    for (int row = epochTable_->rowCount() - 1; row >= 0; --row)
      if (epochTable_->item(row, ColEpoch)->data(Qt::UserRole + 1).toInt() >= step.epoch) epochTable_->removeRow(row);
  }
  lossGraph_->addData(key, step.loss);
  ceGraph_->addData(key, step.ce);
  klGraph_->addData(key, step.kl);
  klWeightGraph_->addData(key, step.klWeight);
  learningRateGraph_->addData(key, step.learningRate);
  scheduleReplot();
}

void TrainingPanel::addEpoch(const EpochScores& scores) {
  int row = 0;
  while (row < epochTable_->rowCount() && epochTable_->item(row, ColEpoch)->data(Qt::UserRole + 1).toInt() < scores.epoch) ++row;
  if (row < epochTable_->rowCount() && epochTable_->item(row, ColEpoch)->data(Qt::UserRole + 1).toInt() == scores.epoch)
    epochTable_->removeRow(row);
  epochTable_->insertRow(row);
  const QString run = scores.runDirectory.empty() ? QString() : resolveInFolder(scores.runDirectory);
  auto* epochItem = new QTableWidgetItem(QString::number(scores.epoch + 1));  // people count epochs from 1, as epoch-N folders
  epochItem->setData(Qt::UserRole, run);
  epochItem->setData(Qt::UserRole + 1, scores.epoch);
  epochTable_->setItem(row, ColEpoch, epochItem);
  epochTable_->setItem(row, ColXltF1, scoreItem(scores.xltF1));
  epochTable_->setItem(row, ColGxltF1, scoreItem(scores.gxltF1));
  epochTable_->setItem(row, ColXltEm, scoreItem(scores.xltExactMatch));
  epochTable_->setItem(row, ColGxltEm, scoreItem(scores.gxltExactMatch));
  if (scores.best)  // one best epoch: the newest best replaces the marker
    for (int other = 0; other < epochTable_->rowCount(); ++other)
      if (other != row && epochTable_->item(other, ColBest)) epochTable_->item(other, ColBest)->setText(QString());
  auto* best = new QTableWidgetItem(scores.best ? QStringLiteral("★") : QString());
  best->setToolTip(tr("The epoch with the best dev G-XLT F1: kept in best/"));
  best->setTextAlignment(Qt::AlignCenter);
  epochTable_->setItem(row, ColBest, best);
  if (!run.isEmpty()) showRunInHeatmap(run, tr("Student after epoch %1 on the dev pairs").arg(scores.epoch + 1));
}

void TrainingPanel::clearCurves() {
  for (QCPGraph* graph : {lossGraph_, ceGraph_, klGraph_, klWeightGraph_, learningRateGraph_}) graph->data()->clear();
  epochTable_->setRowCount(0);
  heatmap_->setRun({}, {});
  heatmapCaption_->setText(tr("The latest epoch's dev heatmap appears here."));
  replotNow();
}

void TrainingPanel::scheduleReplot() {
  if (!replotTimer_->isActive()) replotTimer_->start();
}

void TrainingPanel::replotNow() {
  replotTimer_->stop();
  lossPlot_->rescaleAxes();
  lossPlot_->yAxis->scaleRange(1.08, lossPlot_->yAxis->range().center());
  schedulePlot_->rescaleAxes();
  // Both start at 0: a warm-up from 0 and coefficients in [0, 1] read best against their floor.
  for (QCPAxis* axis : {schedulePlot_->yAxis, schedulePlot_->yAxis2}) {
    const double upper = axis->range().upper;
    axis->setRange(0, upper > 0 ? upper * 1.08 : 1.0);
  }
  lossPlot_->replot(QCustomPlot::rpQueuedReplot);
  schedulePlot_->replot(QCustomPlot::rpQueuedReplot);
}

QString TrainingPanel::resolveInFolder(const std::string& path) const {
  return QDir(shownFolder_).filePath(QString::fromStdString(path));  // absolute paths stay as they are
}

void TrainingPanel::showRunInHeatmap(const QString& runDirectory, const QString& caption) {
  // A dev run is a few pair files: reading them here is quick.
  try {
    heatmap_->setRun(RunStore::open(runDirectory.toStdString()).readPairs(), {});
    heatmapCaption_->setText(caption);
  } catch (const std::exception& e) {
    heatmap_->setRun({}, {});
    heatmapCaption_->setText(tr("Cannot read the run: %1").arg(QString::fromUtf8(e.what())));
  }
}

void TrainingPanel::showLog(const TrainingLog& log) {
  for (const TrainingStep& step : log.steps) addStep(step);
  for (const EpochScores& scores : log.epochs) addEpoch(scores);
  replotNow();
}

bool TrainingPanel::showTrainingFolder(const QString& outputDir) {
  if (isBusy()) return false;
  TrainingLog log;
  try {
    log = readTrainingLog(outputDir.toStdString());
  } catch (const std::exception& e) {
    showProblem(tr("Cannot show the training"), QString::fromUtf8(e.what()));
    return false;
  }
  const QDir folder(outputDir);
  const QString configPath = folder.filePath(QStringLiteral("config.json"));
  QString configError;
  if (QFileInfo::exists(configPath) && !loadConfigFile(configPath, &configError))
    showProblem(tr("Cannot read the training's config"), configError);
  shownFolder_ = outputDir;
  clearCurves();
  showLog(log);
  const QString finalRun = folder.filePath(QStringLiteral("runs/final"));
  const bool hasFinalRun = QFileInfo::exists(folder.filePath(QStringLiteral("runs/final/manifest.json")));
  setFinishedModels(studentOfFolder(folder, log.epochs), hasFinalRun ? finalRun : QString());
  if (hasFinalRun) showRunInHeatmap(finalRun, tr("The starting model (teacher) and the trained student on the dev pairs"));
  const long steps = log.steps.empty() ? 0 : log.steps.back().step;
  const long total = log.steps.empty() ? 0 : log.steps.back().totalSteps;
  statusLabel_->setText(tr("%1: step %2 of %3, %n epoch(s) scored", nullptr, static_cast<int>(log.epochs.size()))
                            .arg(outputDir).arg(steps).arg(total));
  return true;
}

}  // namespace xlqa
