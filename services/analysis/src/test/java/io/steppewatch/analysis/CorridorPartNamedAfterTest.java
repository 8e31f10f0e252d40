package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A corridor that the paragraph names only after the figure's sentence ("Of these, 10,500 TEU went along the Middle
 * Corridor") counts a part of the freight, not the whole: the whole stays the port's or the headline's (LABEL-FIXES
 * 2026-12-03: the corridor alone only for freight counted along it), the part is the corridor's.
 */
class CorridorPartNamedAfterTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Port of Aktau sets a container record | Container traffic keeps growing. ¶ Over four months 12,000 TEU were transshipped, 40% more than a year before. Of these, 10,500 TEU went along the Middle Corridor. | 12,000 TEU | KZ
            Port of Aktau sets a container record | Container traffic keeps growing. ¶ Over four months 12,000 TEU were transshipped, 40% more than a year before. Of these, 10,500 TEU went along the Middle Corridor. | 10,500 TEU | TITR
            Порт Актау обновил рекорд по контейнерам | Контейнерные перевозки растут. ¶ За четыре месяца перевалено 12 тыс. ДФЭ, на 40% больше, чем годом ранее. Из них по Транскаспийскому маршруту – 10,5 тыс. ДФЭ. | 12 тыс. ДФЭ | KZ
            Le port d'Aktau bat un record de conteneurs | Le trafic de conteneurs progresse. ¶ En quatre mois, 12 000 EVP ont été transbordés, 40 % de plus qu'un an plus tôt. Dont 10 500 EVP sur le corridor médian. | 12 000 EVP | KZ
            Ақтау порты контейнер бойынша рекорд жаңартты | Контейнер тасымалы өсуде. ¶ Төрт айда 12 мың ЖФЭ ауыстырып тиелді, бұл бір жыл бұрынғыдан 40% көп. Оның ішінде Транскаспий бағыты бойынша 10,5 мың ЖФЭ. | 12 мың ЖФЭ | KZ
            Aqtau porti konteynerlar bo'yicha rekord o'rnatdi | Konteyner tashish o'smoqda. ¶ To'rt oyda 12 ming TEU qayta yuklandi, bu bir yil oldingidan 40% ko'p. Shundan 10,5 ming TEU Transkaspiy yo'nalishi bo'ylab o'tdi. | 12 ming TEU | KZ
            """)
    void shouldKeepTheWholeOffTheCorridorNamedAfterIt(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }
}
