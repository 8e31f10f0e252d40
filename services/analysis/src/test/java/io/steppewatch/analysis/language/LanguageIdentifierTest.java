package io.steppewatch.analysis.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            uz | Ўзбекистон ва Россия ўртасидаги товар айирбошлаш ҳажми ошди. Ходжаевнинг сўзларига кўра, 2024 йил якунларига кўра савдо ҳажми 11 миллиард доллардан ошди, дея маълум қилди у. Бу ҳақда мазкур вазир хабар берди ва ташкил этди.
            uz | O‘zbekiston va Xitoy o‘rtasidagi savdo hajmi oshdi. Ushbu yil bilan solishtirganda eksport 2 marta oshdi, deya ma’lum qildi vazir. Bu haqida mazkur vazirlik xabar berdi va tashkil etdi.
            uz | Ўзбекистон ва Тожикистон темир йўл орқали кўпроқ юк ташиш учун чегара пунктларида ишни яхшилайди. Бу ҳақда вазирлик маълум қилди. Учрашувда томонлар янги келишувлар ва ҳамкорлик режаларини муҳокама қилди.
            uz | 2023- yilning birinchi yarmida temir yoʻl orqali 31,2 mln. tonna yuk tashildi, bu oʻtgan yilning shu davriga nisbatan 3,1 % koʻp. Yuklar orasida paxta, bugʻdoy va sabzavotlar bor edi.
            kk | Қазақстан мен Қытай арасындағы сауда айналымы өсті. Бұл туралы министрлік хабарлады және осы жылы экспорт бойынша жаңа көрсеткіш тіркелді деп мәлімдеді.
            """)
    void shouldTellUzbekFromItsNeighboursWhenWrittenInEitherScript(String expected, String body) {
        assertThat(LanguageIdentifier.detect("", body, null)).isEqualTo(expected);
    }

    /**
     * Texts with too few function words for the vote (Uzbek "ва" also counts for Tajik) are told by their letters:
     * Uzbek "ў" and "oʻ"/"gʻ" with any apostrophe; the neighbours' texts, some naming Uzbek places, keep their language.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            uz | Тошкент ва Самарқанд ўртасида янги тезюрар поезд қатнови йўлга қўйилди ва йўловчилар сони ўсди.
            uz | Фарғона водийсида пахта ҳосили ўтган мавсумга қараганда кўпроқ тўпланди ва экспорт ўсди.
            uz | Qoraqalpog'iston va Xorazm o'rtasida yangi ko'prik qurildi, yuk tashish o'sdi.
            uz | Farg’ona viloyatida to’qimachilik korxonalari o’z mahsulotini ko’paytirdi.
            uz | Buxoroda oʻtgan oy gʻalla xarid narxi koʻtarildi va bozor oʻzgardi.
            kk | Өзбекстан мен Қырғызстан шекарасында жүк көліктерінің кезегі ұзарды, Ўзбекистон тарапы жауап берді.
            ru | Узбекистан и Казахстан увеличили товарооборот в прошлом году, сообщило министерство.
            uk | Україна та Узбекистан обговорили постачання зерна і нові маршрути через Чорне море.
            az | Azərbaycan və Özbəkistan arasında ticarət dövriyyəsi ötən il xeyli artıb.
            """)
    void shouldReadUzbekLettersWhenTheVoteLeavesATextOpen(String expected, String body) {
        assertThat(LanguageIdentifier.detect("", body, null)).isEqualTo(expected);
    }

    /**
     * Kazakh in the Latin alphabet of 2018 ("ǵ", "ń", "ý", dotless "ı") is Kazakh, not the Spanish its "á ó ú" suggest
     * to Lingua; Turkish, Turkmen and Spanish texts keep their language.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kk | Qazaqstan men Qytaı arasyndaǵy júk tasymaldaý kólemi bıyl ósti, temirjol jelisi keńeıdi, dep habarlady mınıstrlik.
            kk | Bıyl Aqtaý portynda júk aınalymy artyp, jańa termınal iske qosyldy, teńiz jolyndaǵy tasymaldaý ósti.
            es | El comercio entre España y Kazajistán creció un año más, según el ministerio de economía.
            tr | Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl önemli ölçüde artış gösterdi.
            """)
    void shouldReadKazakhLatinLettersWhenTheVoteLeavesATextOpen(String expected, String body) {
        assertThat(LanguageIdentifier.detect("", body, null)).isEqualTo(expected);
    }

    /**
     * Kazakh in Cyrillic with few of the vote's function words (a headline and a statistic) is told by its letters
     * "ә ғ қ ң ө ұ ү һ і" without Lingua, as the ingester needs; Uzbek in either script by its own letters; Kyrgyz, Tajik,
     * Ukrainian and a Russian text quoting a Kazakh name are not read as Kazakh.
     */
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            kk | Ақтау порты арқылы екі айда 410 мың тонна астық тасымалданды | Теңіз порты әкімшілігінің мәліметінше, қаңтар-ақпан айларында жүктің басым бөлігі Әзірбайжан мен Иранға жөнелтілді. Өткен жылдың сәйкес кезеңімен салыстырғанда көрсеткіш 14 пайызға артты.
            kk | Шекара бекетінде жүк көліктерінің кезегі қысқарды | Мемлекеттік кіріс комитетінің ақпаратынша, тәулігіне 600-ден астам жүк көлігі рәсімделеді. Кеден қызметкерлері қосымша жолақ ашты.
            uz | Тошкент вилоятида ғалла қабул қилиш пунктлари очилди | Вилоят ҳокимлиги хабарига кўра, йил бошидан 120 минг тонна ғалла қабул қилинди. Ўтган мавсумга нисбатан кўрсаткич 6 фоиз юқори.
            uz | Toshkent viloyatida gʻalla qabul qilish punktlari ochildi | Viloyat hokimligi xabariga koʻra, yil boshidan 120 ming tonna gʻalla qabul qilindi. Oʻtgan mavsumga nisbatan koʻrsatkich 6 foiz yuqori.
            -  | Түштүк Кыргызстанда жаңы жол курулуп бүттү | Өкмөттүн маалыматы боюнча, жолдун узундугу 48 чакырым.
            -  | Компания «Қазақстан темір жолы» сообщила о перевозках | Объем грузов в январе вырос на 5 процентов, отметили в компании.
            -  | Україна відновила експорт зерна через порти | Обсяг перевезень у січні зріс на п'ять відсотків, повідомили в міністерстві.
            """)
    void shouldTellKazakhAndUzbekByLettersWithoutTheModelWhenFunctionWordsAreFew(String expected, String title,
            String body) {
        assertThat(LanguageIdentifier.detectByWordsAndLetters(title, body)).isEqualTo(expected);
    }
}
