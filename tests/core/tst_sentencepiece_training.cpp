// Training SentencePiece models through the shim: the model loads with the XLM-R tokenizer
// and covers every script it was trained on, its layout is XLM-R's, training is
// deterministic, the vocabulary size is an upper bound that a big enough corpus reaches,
// long paragraphs are kept, and every failure names the model path. LibTorch is used in the
// same process on purpose (libsentencepiece_train brings protobuf too; see the tokenizer test).
#include <ATen/ATen.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <array>
#include <set>

#include "core/io/json_file.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/text/sentencepiece_training.h"
#include "core/text/spm_shim_loader.h"
#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"
#include "support/shared_data.h"

using namespace xlqa;
using nlohmann::json;

namespace {

const char* kChildMode = "XLQA_SPM_TRAINING_TEST_CHILD";

// Simple sentences: subject + predicate + place, 8 x 6 per language. The place of sentence
// (s, p) is place (s + p) % 6, so (s, p, (s + p + 1) % 6) is text the model has not seen
// whole, made of characters it has.
struct Language {
  const char* name;
  std::array<const char*, 8> subjects;
  std::array<const char*, 6> predicates;
  std::array<const char*, 6> places;
  const char* separator;  // between the parts ("" for Chinese)
  const char* end;
};

const std::array<Language, 8> kLanguages = {{
    {"en",
     {"The old teacher", "My younger sister", "A quiet farmer", "The new doctor", "Our neighbour", "The famous singer",
      "A tired student", "The small child"},
     {"walked slowly to", "often writes letters from", "bought fresh bread in", "was born near",
      "dreams about living in", "took many photos of"},
     {"the river", "the mountain village", "the capital city", "the old market", "the green valley",
      "the northern coast"},
     " ",
     "."},
    {"es",
     {"El viejo maestro", "Mi hermana menor", "Un granjero tranquilo", "La nueva doctora", "Nuestro vecino",
      "La cantante famosa", "Un estudiante cansado", "El niño pequeño"},
     {"caminó despacio hacia", "escribe cartas desde", "compró pan fresco en", "nació cerca de", "sueña con vivir en",
      "tomó muchas fotos de"},
     {"el río", "el pueblo de montaña", "la capital", "el mercado antiguo", "el valle verde", "la costa norte"},
     " ",
     "."},
    {"de",
     {"Der alte Lehrer", "Meine jüngere Schwester", "Ein ruhiger Bauer", "Die neue Ärztin", "Unser Nachbar",
      "Die berühmte Sängerin", "Ein müder Student", "Das kleine Kind"},
     {"ging langsam zu", "schreibt oft Briefe aus", "kaufte frisches Brot in", "wurde geboren nahe",
      "träumt vom Leben in", "machte viele Fotos von"},
     {"dem Fluss", "dem Bergdorf", "der Hauptstadt", "dem alten Markt", "dem grünen Tal", "der Nordküste"},
     " ",
     "."},
    {"ru",
     {"Старый учитель", "Моя младшая сестра", "Тихий фермер", "Новый врач", "Наш сосед", "Известная певица",
      "Усталый студент", "Маленький ребёнок"},
     {"медленно шёл к", "часто пишет письма из", "купил свежий хлеб в", "родился недалеко от", "мечтает жить в",
      "сделал много фотографий"},
     {"реке", "горной деревне", "столице", "старому рынку", "зелёной долине", "северному берегу"},
     " ",
     "."},
    {"ar",
     {"المعلم القديم", "أختي الصغرى", "مزارع هادئ", "الطبيب الجديد", "جارنا", "المغنية المشهورة", "طالب متعب",
      "الطفل الصغير"},
     {"مشى ببطء إلى", "يكتب رسائل من", "اشترى خبزا طازجا في", "ولد بالقرب من", "يحلم بالعيش في", "التقط صورا كثيرة"},
     {"النهر", "قرية الجبل", "العاصمة", "السوق القديم", "الوادي الأخضر", "الساحل الشمالي"},
     " ",
     "."},
    {"hi",
     {"पुराने शिक्षक", "मेरी छोटी बहन", "एक शांत किसान", "नए डॉक्टर", "हमारे मित्र", "प्रसिद्ध गायिका", "एक थका हुआ छात्र",
      "छोटा बच्चा"},
     {"धीरे धीरे चलकर गए", "अक्सर पत्र लिखते हैं", "गरम रोटी खरीदी", "के पास पैदा हुए", "में रहने का सपना देखते हैं", "की बहुत तस्वीरें लीं"},
     {"नदी", "पर्वत के गाँव", "राजधानी", "पुरानी मंडी", "हरी घाटी", "उत्तरी तट"},
     " ",
     "।"},
    {"zh",
     {"老师", "我的妹妹", "安静的农民", "新来的医生", "我们的邻居", "著名的歌手", "疲惫的学生", "小孩子"},
     {"慢慢地走向", "经常写信从", "买了新鲜的面包在", "出生在附近的", "梦想住在", "拍了很多照片在"},
     {"河边", "山村", "首都", "老市场", "绿色的山谷", "北方海岸"},
     "",
     "。"},
    {"vi",
     {"Người thầy giáo già", "Em gái tôi", "Một người nông dân hiền lành", "Bác sĩ mới", "Hàng xóm của chúng tôi",
      "Ca sĩ nổi tiếng", "Một sinh viên mệt mỏi", "Đứa trẻ nhỏ"},
     {"đi chậm đến", "thường viết thư từ", "mua bánh mì tươi ở", "sinh ra gần", "mơ ước sống ở", "chụp nhiều ảnh về"},
     {"bờ sông", "ngôi làng trên núi", "thủ đô", "chợ cũ", "thung lũng xanh", "bờ biển phía bắc"},
     " ",
     "."},
}};

std::string sentence(const Language& l, std::size_t s, std::size_t p, std::size_t place) {
  return std::string(l.subjects[s]) + l.separator + l.predicates[p] + l.separator + l.places[place % l.places.size()] +
         l.end;
}

// Words of a script no other sentence has, to tell whether the long paragraph was used.
const std::string kLongOnly = "สวัสดี ขอบคุณ";

// The multilingual corpus (384 sentences), then one paragraph longer than sentencepiece's
// default max_sentence_length (4192 bytes), the only text in Thai.
std::vector<std::string> corpus() {
  std::vector<std::string> out;
  for (const Language& l : kLanguages)
    for (std::size_t s = 0; s < l.subjects.size(); ++s)
      for (std::size_t p = 0; p < l.predicates.size(); ++p) out.push_back(sentence(l, s, p, s + p));
  std::string paragraph;
  while (paragraph.size() <= 6000) paragraph += "The Thai greeting " + kLongOnly + " is polite. ";
  out.push_back(paragraph);
  return out;
}

// Something trivial from LibTorch, in the process that also trains with sentencepiece.
void useLibTorch() {
  const at::Tensor ones = at::ones({2});
  QCOMPARE(ones.sum().item<float>(), 2.0f);
}

std::string withoutPrefix(std::string text, std::string_view prefix) {
  if (text.compare(0, prefix.size(), prefix) == 0) text.erase(0, prefix.size());
  return text;
}

// Empty when every token's offsets select exactly its text (the piece without its "▁", the
// text without the whitespace before it), in order, covering every non-space character.
// Holds for text that the nmt_nfkc normaliser leaves as it is.
std::string offsetProblem(const TokenizedText& t, const std::string& text) {
  const std::u32string chars = utf8::decode(text);
  std::int32_t at = 0;
  std::u32string covered, expected;
  for (const char32_t c : chars)
    if (!unicode::isWhitespace(c)) expected.push_back(c);
  for (std::size_t i = 0; i < t.ids.size(); ++i) {
    const CharSpan o = t.offsets[i];
    if (o.begin < at || o.end < o.begin || o.end > static_cast<std::int32_t>(chars.size()))
      return "token " + std::to_string(i) + " (" + t.tokens[i] + ") has offsets out of order";
    std::u32string surface = chars.substr(static_cast<std::size_t>(o.begin), static_cast<std::size_t>(o.end - o.begin));
    surface.erase(0, std::min(surface.size(), surface.find_first_not_of(U" \t\n")));
    if (withoutPrefix(t.tokens[i], "\u2581") != utf8::encode(surface))
      return "token " + std::to_string(i) + " (" + t.tokens[i] + ") spans \"" + utf8::encode(surface) + "\"";
    covered += surface;
    at = o.end;
  }
  if (covered != expected) return "the tokens do not cover the text: " + utf8::encode(covered);
  return {};
}

std::int64_t unknownCount(const TokenizedText& t) {
  return std::count(t.ids.begin(), t.ids.end(), SentencePieceTokenizer::kUnkId);
}

// The sentencepiece pieces of a model, through the shim itself.
std::vector<std::string> piecesOf(const std::string& modelPath) {
  const SpmShimApi& api = spmShim();
  char* error = nullptr;
  xlqa_spm* model = api.create(modelPath.c_str(), &error);
  if (model == nullptr) throw std::runtime_error(api.takeError(error));
  std::vector<std::string> pieces;
  for (std::int32_t id = 0; id < api.pieceCount(model); ++id) {
    const char* piece = nullptr;
    std::size_t length = 0;
    if (api.idToPiece(model, id, &piece, &length) != 0) pieces.emplace_back(piece, length);
  }
  api.destroy(model);
  return pieces;
}

SentencePieceTrainingOptions withVocab(int vocabSize, const std::string& modelType = "unigram") {
  SentencePieceTrainingOptions o;
  o.vocabSize = vocabSize;
  o.modelType = modelType;
  return o;
}

// Runs `body`, which must throw a FileError naming `path`; returns its message.
template <typename F>
std::string fileErrorOf(F body, const std::string& path) {
  try {
    body();
  } catch (const FileError& e) {
    if (e.path() != path) return "FileError names " + e.path() + ", not " + path;
    return e.what();
  }
  return "no FileError";
}

}  // namespace

class TestSentencePieceTraining : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  std::string model_;  // the corpus, unigram, up to 1000 pieces (it has fewer)

  std::string path(const char* name) const { return dir_.filePath(QString::fromUtf8(name)).toStdString(); }

 private slots:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    model_ = path("multilingual.model");
    if (!qgetenv(kChildMode).isEmpty()) return;  // a child runs one function, which trains what it needs
    useLibTorch();
    trainSentencePiece(corpus(), withVocab(1000), model_);
    useLibTorch();
  }

  void modelTokenizesEveryScript() {
    const SentencePieceTokenizer tokenizer(model_);
    QCOMPARE(tokenizer.kind(), std::string("sentencepiece"));
    for (const Language& l : kLanguages) {
      // Unseen combinations of seen words: no unknowns, offsets back onto the text.
      for (std::size_t s = 0; s < l.subjects.size(); ++s) {
        const std::string text = sentence(l, s, (s + 2) % l.predicates.size(), s + 3);
        const TokenizedText t = tokenizer.tokenize(text);
        QVERIFY2(!t.ids.empty(), l.name);
        QVERIFY2(unknownCount(t) == 0,
                 qPrintable(QString::fromUtf8(l.name) + ": unknown pieces in " + QString::fromStdString(text)));
        const std::string problem = offsetProblem(t, text);
        QVERIFY2(problem.empty(), (std::string(l.name) + ": " + problem).c_str());
        // It has learnt pieces longer than one character (a tiny corpus: not many).
        QVERIFY2(t.ids.size() < utf8::countCodePoints(text), (std::string(l.name) + ": " + text).c_str());
      }
    }
    // A script never seen is unknown (no byte fallback, as in XLM-R), not bytes.
    const TokenizedText korean = tokenizer.tokenize("서울 is a city");
    QVERIFY(unknownCount(korean) >= 1);
    QVERIFY(std::none_of(korean.tokens.begin(), korean.tokens.end(),
                         [](const std::string& token) { return token.rfind("<0x", 0) == 0; }));
    const Encoding pair = tokenizer.encodePair("Who is the teacher?", "The old teacher walked slowly to the river.");
    QCOMPARE(pair.tokens.front(), std::string("<s>"));
    QCOMPARE(pair.ids.front(), SentencePieceTokenizer::kBosId);
    QCOMPARE(pair.ids.back(), SentencePieceTokenizer::kEosId);
    useLibTorch();
  }

  void longParagraphIsUsed() {
    const SentencePieceTokenizer tokenizer(model_);
    const TokenizedText t = tokenizer.tokenize(kLongOnly);
    QCOMPARE(unknownCount(t), std::int64_t{0});
    QCOMPARE(offsetProblem(t, kLongOnly), std::string());
  }

  void xlmrLayout() {
    const std::vector<std::string> pieces = piecesOf(model_);
    QVERIFY(pieces.size() > 3);
    QCOMPARE(pieces[0], std::string("<unk>"));
    QCOMPARE(pieces[1], std::string("<s>"));
    QCOMPARE(pieces[2], std::string("</s>"));
    QVERIFY(std::find(pieces.begin(), pieces.end(), "<pad>") == pieces.end());
    QVERIFY(std::find(pieces.begin(), pieces.end(), "<mask>") == pieces.end());
    const SentencePieceTokenizer tokenizer(model_);
    QCOMPARE(tokenizer.vocabSize(), static_cast<std::int64_t>(pieces.size()) + 2);  // + <pad> + <mask>
    QCOMPARE(tokenizer.maskId(), static_cast<std::int64_t>(pieces.size()) + 1);
    // spm id + 1: the first normal piece follows </s> (2) and <unk> (3).
    const TokenizedText t = tokenizer.tokenize("the");
    QVERIFY(!t.ids.empty());
    QVERIFY(t.ids.front() >= 4);
    QCOMPARE(pieces[static_cast<std::size_t>(t.ids.front() - 1)], t.tokens.front());
  }

  void trainingIsDeterministic() {
    const std::string again = path("again.model");
    trainSentencePiece(corpus(), withVocab(1000), again);
    QVERIFY(readFileBytes(again) == readFileBytes(model_));
    // ...and the options matter: a smaller vocabulary gives another model.
    const std::string smaller = path("smaller.model");
    trainSentencePiece(corpus(), withVocab(400), smaller);
    QVERIFY(readFileBytes(smaller) != readFileBytes(model_));
  }

  // The same in a fresh process: nothing depends on addresses or on what ran before.
  void trainingIsDeterministicAcrossProcesses() {
    const QByteArray childOut = qgetenv(kChildMode);
    if (!childOut.isEmpty()) {
      if (!childOut.startsWith("train:")) return;
      trainSentencePiece(corpus(), withVocab(1000), childOut.mid(6).toStdString());
      return;
    }
    const std::string other = path("child.model");
    QString output;
    QVERIFY2(runChild("train:" + QString::fromStdString(other), "trainingIsDeterministicAcrossProcesses", output),
             qPrintable(output));
    QVERIFY(readFileBytes(other) == readFileBytes(model_));
  }

  void vocabSizeIsAnUpperBound_data() {
    QTest::addColumn<QString>("modelType");
    QTest::newRow("unigram") << QStringLiteral("unigram");
    QTest::newRow("bpe") << QStringLiteral("bpe");
  }

  void vocabSizeIsAnUpperBound() {
    QFETCH(QString, modelType);
    const std::string type = modelType.toStdString();
    // Enough text for 500 pieces: exactly 500.
    const std::string reached = path(("reached-" + type + ".model").c_str());
    trainSentencePiece(corpus(), withVocab(500, type), reached);
    QCOMPARE(piecesOf(reached).size(), std::size_t{500});
    // Far more than this corpus has: fewer pieces, and no error.
    const std::string capped = path(("capped-" + type + ".model").c_str());
    trainSentencePiece(corpus(), withVocab(50000, type), capped);
    const std::vector<std::string> pieces = piecesOf(capped);
    QVERIFY2(pieces.size() > 500 && pieces.size() < 50000, qPrintable(QString::number(pieces.size())));
    QCOMPARE(pieces[0], std::string("<unk>"));
    const SentencePieceTokenizer tokenizer(capped);
    const std::string text = sentence(kLanguages[6], 1, 2, 3);
    QCOMPARE(unknownCount(tokenizer.tokenize(text)), std::int64_t{0});
    QCOMPARE(offsetProblem(tokenizer.tokenize(text), text), std::string());
  }

  void problemsNameTheModelPath() {
    const std::string target = path("failed.model");
    std::string what = fileErrorOf([&] { trainSentencePiece({}, {}, target); }, target);
    QVERIFY2(what.find("no sentences") != std::string::npos, what.c_str());
    what = fileErrorOf([&] { trainSentencePiece({"", "  ", "\n"}, {}, target); }, target);
    QVERIFY2(what.find("blank") != std::string::npos, what.c_str());
    // Fewer pieces than the corpus has characters: sentencepiece's own message.
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(100), target); }, target);
    QVERIFY2(what.find("Vocabulary size is smaller than required_chars") != std::string::npos, what.c_str());
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(1000, "bpe --input=x"), target); }, target);
    QVERIFY2(what.find("unknown model type") != std::string::npos, what.c_str());
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(0), target); }, target);
    QVERIFY2(what.find("vocabulary size") != std::string::npos, what.c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(target)));

    const std::string noFolder = path("absent/sub.model");
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(1000), noFolder); }, noFolder);
    QVERIFY2(what.rfind(noFolder + ": ", 0) == 0, what.c_str());
    // A folder where the file should go: found only when writing.
    const std::string folder = path("a-folder.model");
    QVERIFY(QDir().mkpath(QString::fromStdString(folder)));
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(1000), folder); }, folder);
    QVERIFY2(what.rfind(folder + ": ", 0) == 0, what.c_str());
    QVERIFY(QFileInfo(QString::fromStdString(folder)).isDir());

    // A failed training leaves an existing model as it was.
    const std::string kept = path("kept.model");
    trainSentencePiece(corpus(), withVocab(700), kept);
    const std::string before = readFileBytes(kept);
    what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(100), kept); }, kept);
    QVERIFY2(what.find("Vocabulary size") != std::string::npos, what.c_str());
    QVERIFY(readFileBytes(kept) == before);
  }

  // The shim is loaded once per process, so its absence is checked in a child process.
  void missingShimNamesTheModelPath() {
    const QByteArray childMode = qgetenv(kChildMode);
    if (!childMode.isEmpty()) {
      if (childMode != "no-shim") return;
      const std::string target = path("no-shim.model");
      const std::string what = fileErrorOf([&] { trainSentencePiece(corpus(), withVocab(1000), target); }, target);
      QVERIFY2(what.find("XLQA_SPM_SHIM") != std::string::npos, what.c_str());
      QVERIFY2(what.find(qgetenv("XLQA_SPM_SHIM").toStdString()) != std::string::npos, what.c_str());
      return;
    }
    QString output;
    QVERIFY2(runChild("no-shim", "missingShimNamesTheModelPath", output, dir_.filePath("absent/libxlqa_spm_shim.so")),
             qPrintable(output));
  }

  // XQuAD's contexts in every language: the contexts tokenise with no unknowns, the questions
  // with unknowns only for characters the contexts lack, and every token's offsets lie inside
  // the text, in order, covering every visible character.
  void xquadContexts() {
    XLQA_REQUIRE_SHARED(QStringLiteral("data/xquad/xquad.en.json"));
    const QDir xquad(QString::fromStdString(test::sharedPath(QStringLiteral("data/xquad"))));
    std::vector<std::string> contexts, questions;
    const QStringList files = xquad.entryList({QStringLiteral("xquad.*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString& file : files) {
      const json data = readJsonFile(xquad.filePath(file).toStdString()).at("data");
      std::size_t taken = 0;
      for (const json& article : data) {
        for (const json& paragraph : article.at("paragraphs")) {
          if (taken++ == 15) break;
          contexts.push_back(paragraph.at("context").get<std::string>());
          for (const json& qa : paragraph.at("qas")) questions.push_back(qa.at("question").get<std::string>());
        }
        if (taken > 15) break;
      }
    }
    const std::string model = path("xquad.model");
    trainSentencePiece(contexts, withVocab(3000), model);
    QCOMPARE(piecesOf(model).size(), std::size_t{3000});
    const SentencePieceTokenizer tokenizer(model);
    // A question's unknown pieces are only where it has a character no context has.
    std::set<char32_t> seen;
    for (const std::string& context : contexts)
      for (const char32_t c : utf8::decode(context)) seen.insert(c);
    for (const std::string& q : questions) {
      const TokenizedText t = tokenizer.tokenize(q);
      const std::u32string chars = utf8::decode(q);
      for (std::size_t i = 0; i < t.ids.size(); ++i) {
        if (t.ids[i] != SentencePieceTokenizer::kUnkId) continue;
        const std::u32string surface = chars.substr(static_cast<std::size_t>(t.offsets[i].begin),
                                                    static_cast<std::size_t>(t.offsets[i].end - t.offsets[i].begin));
        QVERIFY2(std::any_of(surface.begin(), surface.end(), [&](char32_t c) { return seen.count(c) == 0; }),
                 (q + ": <unk> for \"" + utf8::encode(surface) + "\"").c_str());
      }
    }
    for (const std::string& context : contexts) {
      const TokenizedText t = tokenizer.tokenize(context);
      QCOMPARE(unknownCount(t), std::int64_t{0});  // every character of the training text is a piece
      const std::u32string chars = utf8::decode(context);
      std::vector<bool> covered(chars.size(), false);
      std::int32_t at = 0;
      for (const CharSpan& o : t.offsets) {
        QVERIFY(o.begin >= at && o.end >= o.begin && o.end <= static_cast<std::int32_t>(chars.size()));
        for (std::int32_t c = o.begin; c < o.end; ++c) covered[static_cast<std::size_t>(c)] = true;
        at = o.begin;
      }
      for (std::size_t c = 0; c < chars.size(); ++c)
        QVERIFY2(covered[c] || unicode::isWhitespace(chars[c]) || unicode::isOther(chars[c]),
                 qPrintable(QStringLiteral("U+%1 at %2 is in no token")
                                .arg(static_cast<uint>(chars[c]), 4, 16, QChar('0'))
                                .arg(c)));
    }
  }

 private:
  // Runs this binary again, running only `function`, with kChildMode set to `mode`.
  bool runChild(const QString& mode, const char* function, QString& output, const QString& shim = {}) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(kChildMode, mode);
    if (!shim.isEmpty()) env.insert("XLQA_SPM_SHIM", shim);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromUtf8(function)});
    if (!child.waitForFinished(300000)) return false;
    output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
  }
};

QTEST_GUILESS_MAIN(TestSentencePieceTraining)
#include "tst_sentencepiece_training.moc"
