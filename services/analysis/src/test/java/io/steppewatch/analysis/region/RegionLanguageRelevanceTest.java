package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article in Kazakh or Uzbek that names the region once is about the region: the national press writes for readers
 * at home. The same single mention in English or Russian stays under the threshold, and a Kazakh or Uzbek text that
 * names no place of the region is not kept for its language alone. Kazakh in the Latin alphabet ("Qyrǵyzstan") names
 * the region as its Cyrillic spelling does.
 */
class RegionLanguageRelevanceTest {

    private final RegionRelevance relevance = RegionRelevance.withDefaults();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Теміржол жүктері өсті    | Осы жылы теміржол арқылы жүк тасымалы артты және бұл көрсеткіш Қазақстан бойынша өткен жылдан жоғары болды деп хабарлады министрлік. Мамандар бұл нәтиже туралы айтты. | true
            Temir yoʻl yuklari oshdi | Bu yil temir yoʻl orqali yuk tashish hajmi oshdi va Oʻzbekiston boʻyicha koʻrsatkich oʻtgan yilga nisbatan yuqori boʻldi. Mutaxassislar bu natijani kutgan edi. | true
            Теміржол жүктері өсті    | Осы жылы теміржол арқылы жүк тасымалы артты және бұл көрсеткіш өткен жылдан жоғары болды деп хабарлады министрлік. Мамандар бұл нәтиже туралы айтты. | false
            Shekarada júk kólikteriniń kezegi uzardy | Bıyl Qyrǵyzstan men Qytaı shekarasyndaǵy bekette júk kólikteriniń kezegi uzardy, dep habarlady mınıstrlik. Jańa baǵyttar ashylady. | true
            Shekarada júk kólikteriniń kezegi uzardy | Bıyl Qytaı shekarasyndaǵy bekette júk kólikteriniń kezegi uzardy, dep habarlady mınıstrlik. Jańa baǵyttar ashylady. | false
            Rail freight grew        | This year rail freight rose, and the figure for Kazakhstan was higher than the year before. Experts had expected the result. | false
            Грузы на железной дороге | В этом году перевозки по железной дороге выросли, и показатель по Казахстану оказался выше прошлогоднего. Эксперты этого ждали. | false
            """)
    void shouldKeepOneMentionWhenTheArticleIsInKazakhOrUzbek(String title, String body, boolean relevant) {
        assertThat(relevance.score(title, body).relevant()).isEqualTo(relevant);
    }
}
