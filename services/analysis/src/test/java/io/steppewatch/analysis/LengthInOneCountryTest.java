package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length whose sentence names one country as a party, under a headline on two or more, is the length of a line in
 * that country (LABEL-FIXES round 27: a section inside one country stays that country), not of the headline's pair;
 * a sentence naming the line's two countries keeps them.
 */
class LengthInOneCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Hungary and Turkmenistan discuss energy | The minister said a 250-kilometer gas pipeline has to be laid to bring Turkmen gas from Turkmenistan to Europe. | 250-kilometer | TM
            Венгрия и Туркменистан обсудили энергетику | Министр заявил, что для поставок газа из Туркменистана в Европу нужно проложить газопровод длиной 250 км. | 250 км | TM
            La Hongrie et le Turkménistan parlent d'énergie | Le ministre a dit qu'il faut poser un gazoduc de 250 km pour acheminer le gaz du Turkménistan vers l'Europe. | 250 km | TM
            Uzbekistan and Kazakhstan talk transport | Experts say a 120-kilometer railway will soon be built in the south of Kyrgyzstan. | 120-kilometer | KG
            Armenia and Azerbaijan sign a peace text | Aliyev believes a 42-kilometer road through Armenia can be built within a year. | 42-kilometer | AM
            """)
    void shouldGiveTheLengthTheOneCountryItsSentenceNames(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
