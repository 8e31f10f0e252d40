package io.steppewatch.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh in the Latin alphabet of 2018 is written back in Cyrillic letter by letter, the dotless "ı" as "й" after a
 * vowel and "и" elsewhere, "ıa" after a vowel as "я", the loans spelled with "э" in Cyrillic with "э"; Latin acronyms
 * and words with letters the alphabet lacks stay as they are.
 */
class KazakhLatinScriptTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Qytaı                     | Қытай
            júk tasymaly              | жүк тасымалы
            shaqyrym                  | шақырым
            myń tonna                 | мың тонна
            baǵytynda                 | бағытында
            mınıstrlik                | министрлік
            Azııa men aıaq            | Азия мен аяқ
            ómir men úı               | өмір мен үй
            eksport pen ekonomıka     | экспорт пен экономика
            eki el                    | екі ел
            sanktsııa, aıtsa          | санкция, айтса
            Ishki nárse, Iran         | Ішкі нәрсе, Иран
            AQSh dollary              | АҚШ доллары
            12%-ǵa ósti               | 12%-ға өсті
            45 myń TEU, TITR          | 45 мың TEU, TITR
            Kazinform agenttigi, café | Казінформ агенттігі, café
            """)
    void shouldWriteEachWordInCyrillic(String latin, String cyrillic) {
        assertThat(KazakhLatinScript.toCyrillic(latin).text()).isEqualTo(cyrillic);
    }

    @Test
    void shouldTakeACombiningAcuteAsItsLetter() {
        assertThat(KazakhLatinScript.toCyrillic("bag\u0301yt").text()).isEqualTo("бағыт");
    }

    @Test
    void shouldKeepWhereEachCyrillicSpanComesFrom() {
        String latin = "Bıyl shamamen 66 myń konteıner tasymaldandy.";
        KazakhLatinScript.Transliteration cyrillic = KazakhLatinScript.toCyrillic(latin);
        int start = cyrillic.text().indexOf("66 мың контейнер");
        int end = start + "66 мың контейнер".length();

        assertThat(latin.substring(cyrillic.sourceStart(start), cyrillic.sourceEnd(end))).isEqualTo("66 myń konteıner");
        assertThat(latin.substring(cyrillic.sourceStart(0), cyrillic.sourceEnd(cyrillic.text().length())))
                .isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Bıyl Qazaqstan arqyly Qytaıdan Eýropaǵa júk tasymaly ósti, jańa baǵyttar ashyldy, dedi mınıstrlik ókili.
            false | Қазақстан арқылы Қытайдан Еуропаға жүк тасымалы өсті, деді министрлік өкілі.
            false | Kazakhstan's freight from China to Europe grew, the ministry said.
            false | Azərbaycan və Özbəkistan arasında ticarət dövriyyəsi ötən il xeyli artıb.
            """)
    void shouldTellTheAlphabetFromItsLetters(boolean expected, String body) {
        assertThat(KazakhLatinScript.written("", body)).isEqualTo(expected);
    }
}
