// CPython 3.11 string semantics the official scripts rely on (facts listed in
// ../shared/fixtures/metrics/README.md), and UTF-8 handling.
#include <QtTest>

#include "core/text/unicode_properties.h"
#include "core/util/utf8.h"

using namespace xlqa;

namespace {
std::string lower(const std::string& text) { return utf8::encode(unicode::toLower(utf8::decode(text))); }
}  // namespace

class TestUnicodeProperties : public QObject {
  Q_OBJECT
 private slots:
  // On malformed UTF-8 the counters step as the decoder does: one code point per well-formed
  // sequence or per ill-formed byte, so spans in code points land on the same bytes.
  void countersAgreeWithTheDecoderOnMalformedText() {
    const std::string samples[] = {"\xE4\xB8",                       // a truncated 3-byte sequence
                                   "a\xC3(b",                        // a lead byte without its continuation
                                   "\x80\x80x",                      // stray continuation bytes
                                   "\xF0\x9F\x98\x80\xED\xA0\x80z",  // an emoji, then a surrogate
                                   "\xC0\xAF",                       // an overlong form
                                   "plain ascii",
                                   "ü中文"};
    for (const std::string& text : samples) {
      const std::u32string decoded = utf8::decode(text);
      QCOMPARE(utf8::countCodePoints(text), decoded.size());
      const std::vector<std::size_t> offsets = utf8::codePointByteOffsets(text);
      QCOMPARE(offsets.size(), decoded.size() + 1);
      for (std::size_t i = 0; i < decoded.size(); ++i)
        QCOMPARE(utf8::decode(std::string_view(text).substr(offsets[i], offsets[i + 1] - offsets[i])),
                 std::u32string(1, decoded[i]));
    }
    QCOMPARE(utf8::countCodePoints("\xE4\xB8"), std::size_t(2));  // the old byte count said 1
  }

  void lowerFollowsPythonFullMapping() {
    QCOMPARE(lower("\u0130stanbul"), std::string("i\u0307stanbul"));  // İ -> i + combining dot
    QCOMPARE(lower("I"), std::string("i"));
    QCOMPARE(lower("\u1E9E"), std::string("\u00DF"));  // ẞ -> ß
    QCOMPARE(lower("\u00DF"), std::string("\u00DF"));
    QCOMPARE(lower("SS"), std::string("ss"));
    QCOMPARE(lower("\u216B"), std::string("\u217B"));                          // Ⅻ -> ⅻ
    QCOMPARE(lower("\u24B6"), std::string("\u24D0"));                          // Ⓐ -> ⓐ
    QCOMPARE(lower("\uFF34\uFF28\uFF25"), std::string("\uFF54\uFF48\uFF45"));  // full-width THE
    QCOMPARE(lower("\U00010400"), std::string("\U00010428"));                  // Deseret, outside the BMP
  }

  void capitalSigmaFollowsFinalSigmaContext() {
    QCOMPARE(lower("\u039F\u0394\u039F\u03A3"), std::string("\u03BF\u03B4\u03BF\u03C2"));  // ΟΔΟΣ -> οδος
    QCOMPARE(lower("\u0391\u03A3-\u0392"), std::string("\u03B1\u03C2-\u03B2"));            // ΑΣ-Β -> ας-β
    QCOMPARE(lower("\u0391\u03A3'\u0392"), std::string("\u03B1\u03C3'\u03B2"));  // apostrophe is case-ignorable
    QCOMPARE(lower("\u03A3"), std::string("\u03C3"));                            // nothing cased before
    QCOMPARE(lower("\u03A3\u0391"), std::string("\u03C3\u03B1"));
  }

  void whitespaceIsPythonIsspace() {
    for (char32_t cp : {0x09, 0x0A, 0x0B,   0x0C,   0x0D,   0x1C,   0x1D,   0x1E,   0x1F,   0x20,
                        0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000})
      QVERIFY2(unicode::isWhitespace(cp), qPrintable(QString::number(cp, 16)));
    for (char32_t cp : {0x200B, 0x180E, 0xFEFF, 0x41, 0x0})
      QVERIFY2(!unicode::isWhitespace(cp), qPrintable(QString::number(cp, 16)));
  }

  void punctuationIsGeneralCategoryP() {
    for (char32_t cp : {U'!', U'-', U'_', U'\u00AB', U'\u2013', U'\u2014', U'\u3002', U'\u060C', U'\u0964', U'\u037E',
                        U'\u0387', U'\u0E5A', U'\uFF0C', U'\u30FB'})
      QVERIFY2(unicode::isPunctuation(cp), qPrintable(QString::number(cp, 16)));
    // Symbols (S*), letters such as tatweel and Thai mai yamok, and format characters are not.
    for (char32_t cp : {U'$', U'+', U'<', U'\u20AC', U'\u00B0', U'\uFF5E', U'\u0640', U'\u0E46', U'\u0E2F', U'\u200B',
                        U'\u200D', U'\u00AD'})
      QVERIFY2(!unicode::isPunctuation(cp), qPrintable(QString::number(cp, 16)));
  }

  void wordCharactersAreAlnumOrUnderscore() {
    for (char32_t cp : {U'a', U'Z', U'0', U'_', U'\u00E9', U'\u4E2D', U'\u0661', U'\u0E01', U'\u00B2'})
      QVERIFY2(unicode::isWordCharacter(cp), qPrintable(QString::number(cp, 16)));
    for (char32_t cp : {U' ', U'-', U'\u0301', U'\u093E', U'\u200D'})  // combining marks are not word characters
      QVERIFY2(!unicode::isWordCharacter(cp), qPrintable(QString::number(cp, 16)));
  }

  void utf8RoundTripsAndFindsIllFormedBytes() {
    const std::string text = "a\u00E9\u4E2D\U0001F600";
    QCOMPARE(utf8::decode(text), std::u32string(U"a\u00E9\u4E2D\U0001F600"));
    QCOMPARE(utf8::encode(utf8::decode(text)), text);
    QCOMPARE(utf8::countCodePoints(text), std::size_t(4));
    QVERIFY(!utf8::findInvalid(text));
    QCOMPARE(utf8::findInvalid("ab\xC3"), std::optional<std::size_t>(2));            // truncated sequence
    QCOMPARE(utf8::findInvalid("\xC0\xAF"), std::optional<std::size_t>(0));          // overlong '/'
    QCOMPARE(utf8::findInvalid("x\xED\xA0\x80"), std::optional<std::size_t>(1));     // surrogate
    QCOMPARE(utf8::findInvalid("\xF4\x90\x80\x80"), std::optional<std::size_t>(0));  // past U+10FFFF
  }
};

QTEST_APPLESS_MAIN(TestUnicodeProperties)
#include "tst_unicode_properties.moc"
