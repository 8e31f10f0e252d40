package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article in Kazakh or Uzbek that names the region once is about the region: the national press writes for readers
 * at home. The same single mention in English or Russian stays under the threshold (outside the body's lead), and a Kazakh or Uzbek text that
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
            Rail freight grew        | This year rail freight rose across the network, the ministry said in its quarterly report. ¶ The figure for Kazakhstan was higher than the year before. Experts had expected the result. | false
            Грузы на железной дороге | В этом году перевозки по железной дороге выросли по всей сети, сообщило министерство в квартальном отчете. ¶ Показатель по Казахстану оказался выше прошлогоднего. Эксперты этого ждали. | false
            """)
    void shouldKeepOneMentionWhenTheArticleIsInKazakhOrUzbek(String title, String body, boolean relevant) {
        // "¶" stands for a paragraph break: the English and Russian mention is outside the lead
        assertThat(relevance.score(title, body.replace(" ¶ ", "\n\n")).relevant()).isEqualTo(relevant);
    }

    /**
     * Kazakh news in Cyrillic often has too few of the vote's function words (a headline, a dateline, a list of
     * tonnages): its letters tell the language, so one mention of the region, here outside the body's lead ("¶" is a
     * paragraph break), keeps it. An Uzbek item in Cyrillic keeps
     * its one mention too; the same mention in Russian or Kyrgyz-free Russian with a quoted Kazakh name does not.
     */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Заңсыз еңбек еткен төрт шетелдік анықталды | Көші-қон ережелерін тексеру жалғасып жатыр, полиция қызметкерлері екі апта ішінде құрылыс алаңдарын аралады. ¶ Павлодар облысында 40-қа жуық шетелдік тексерілді. Олардың 12-сі елден шығарылды. | true
            Ирандық порттар арқылы бір айда 95 000 тонна жүк өтті | ТЕГЕРАН, 2026 жылғы 3 ақпан. Иран жол министрлігі өткен айда Сарахс бекеті арқылы 95 412 тонна жүк тасымалданғанын мәлімдеді. ¶ — Түрікмен бағыты бойынша — 40 120 тонна. | true
            Темир йўл орқали юк ташиш кўпайди | Жорий йилнинг биринчи ярмида темир йўллар орқали 37 млн тонна юк ташилди, деб хабар берди вазирлик матбуот хизмати. ¶ Ўзбекистон бўйича ўтган йилга нисбатан ўсиш 4 фоизни ташкил этди. | true
            Иранские порты за месяц пропустили 95 тысяч тонн | ТЕГЕРАН, 3 февраля. Министерство дорог Ирана сообщило, что через пункт Сарахс прошло 95 412 тонн груза. ¶ По туркменскому направлению — 40 120 тонн. | false
            """)
    void shouldKeepOneMentionWhenKazakhOrUzbekHasFewFunctionWords(String title, String body, boolean relevant) {
        assertThat(relevance.score(title, body.replace(" ¶ ", "\n\n")).relevant()).isEqualTo(relevant);
    }
}
