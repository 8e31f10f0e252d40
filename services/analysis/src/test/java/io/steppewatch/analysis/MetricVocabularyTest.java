package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that name a metric in every language the analysis reads, Kazakh and Uzbek included. */
class MetricVocabularyTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан мен Қытай арасындағы теміржолдың ұзындығы 270 шақырымды құрайды.                          | 270 шақырым       | route.length
            O‘zbekiston va Qirg‘iziston temir yo‘lining uzunligi 300 kilometrni tashkil etadi.                   | 300 kilometr      | route.length
            Ўзбекистон ва Қозоғистон ўртасидаги темир йўл узунлиги 150 километрни ташкил этади.                  | 150 километр      | route.length
            Ўзбекистон ва Корея ўртасидаги лойиҳаларнинг умумий портфели 3 миллиард доллардан зиёдни ташкил этади. | 3 миллиард       | jointprojects.value
            O‘zbekiston va Xitoy o‘rtasida $10 milliardlik loyihalar portfeli shakllantirildi.                   | $10 milliard      | jointprojects.value
            Ўзбекистонда Хитой билан 5 мингдан ортиқ қўшма корхона фаолият юритмоқда.                            | 5 мингдан         | jointventures.count
            The current portfolio of investment projects between Russia and Kazakhstan exceeds $50 billion.      | $50 billion       | jointprojects.value
            Le portefeuille de projets d'investissement entre la Chine et le Kazakhstan dépasse 20 milliards de dollars. | 20 milliards | jointprojects.value
            Портфель инвестиционных проектов России и Казахстана превышает $50 млрд.                             | $50 млрд          | jointprojects.value
            """)
    void shouldNameTheMetricWhenTheWordIsKazakhUzbekOrAPortfolio(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
