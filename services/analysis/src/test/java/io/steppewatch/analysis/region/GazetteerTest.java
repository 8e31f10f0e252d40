package io.steppewatch.analysis.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade reached 2 billion U.S. dollars.                    | ''
            Товарооборот достиг 1,2 млрд долларов США.               | ''
            Товарооборот увеличат до 10 млрд долл. США.              | ''
            Экспорт составил 5 млн долл. США, импорт из США вырос.   | US
            Les projets valent 5,2 milliards de dollars américains.  | ''
            The share of settlements in Russian rubles rose to 81%.  | ''
            The United States imposed sanctions on the bank.         | US
            США ввели санкции против банка.                          | US
            Russia's trade with Kazakhstan in rubles grew.           | RU KZ
            Trade with Russia exceeded US$26 billion.                | RU
            Trade with Russia reached US $5.7 billion.               | RU
            Imports from Uzbekistan reached US $ 60.5 million.       | UZ
            The US came third with $820 million.                     | US
            Инвестиции составили 19 млрд в американской валюте.      | ''
            Le prêt est libellé en devises américaines.              | ''
            The tenge, Kazakhstan's currency, fell.                  | KZ
            """)
    void shouldNotTakeACountryThatOnlyQualifiesACurrencyForAMentionOfIt(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList())
                .containsExactly(codes.isBlank() ? new String[0] : codes.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Далее:\n\n— Казахстан – 3,4 млрд долларов\n\n— Россия – 9,4 млрд долларов' | KZ RU
            'Trade was worth $2 billion in dollars. Russia came second.'                     | RU
            'Exports rose to 5 billion rubles; Kazakhstan was the main buyer.'                | KZ
            'Imports of 3 million yuan – China is the supplier.'                              | CN
            'Экспорт фруктов:\n\n— Германия – 3,6 тыс. тонн\n\n— ОАЭ – 3,6 тыс. тонн'        | DE AE
            'из РК в КНР – 12900 тысяч тонн'                                                  | KZ CN
            'Fruit exports:\n\n- Germany – 3.6 thousand tonnes\n\n- USA – 3.5 thousand tonnes' | DE US
            'Exportations de fruits :\n\n— Allemagne : 3 600 tonnes\n\n— USA : 3 500 tonnes'   | DE US
            """)
    void shouldTakeACountryThatStandsApartFromTheCurrencyBeforeIt(String text, String codes) {
        assertThat(GAZETTEER.find(text.replace("\\n", "\n")).stream().map(Mention::code).toList())
                .containsExactly(codes.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports from Estonia and Finland to Kyrgyzstan grew. | EE FI KG
            La Suisse et la Turquie achètent de l'or.           | CH TR
            Xitoy va Rossiya bilan savdo oshdi.                  | CN RU
            The port of Kuryk and the port of Poti.              | KZ GE
            Japanese, South Korean and German firms invested.    | JP KR DE
            Des entreprises allemandes, italiennes et saoudiennes. | DE IT SA
            Немецкие, белорусские и польские компании.           | DE BY PL
            The Kazakhstan-CA trade turnover grew.               | KZ REGION
            Золото поставили в Гонконг и Объединенные Арабские Эмираты. | HK AE
            Gold went to Hong Kong, Tunisia and the Emirates.    | HK TN
            Кореядан Ўзбекистонга инвестициялар киритилди.       | KR UZ
            Korea and North Korea; Корея и КНДР.                 | KR KP KR KP
            Железная дорога Бахты – Аягоз в Абайской области.    | KZ KZ KZ
            Абай облысында теміржол салынады.                    | KZ
            Turkey and Iraq plan a road; Brazil buys urea.       | TR IQ BR
            Le Brésil, le Maroc et le Viêt Nam achètent du blé.  | BR MA VN
            Зерно ушло в Ирак, Вьетнам и Малайзию.               | IQ VN MY
            Portugal ranks 35th and Malaysia 47th.               | PT MY
            Iraqi and Brazilian firms won tenders.               | IQ BR
            Мексика и Бразилия купили золото.                    | MX BR
            Albania and Malta joined; Nicaragua and Honduras did not. | AL MT NI HN
            La Namibie et les Maldives ont voté.                 | NA MV
            Албания, Мальта, Никарагуа, Гондурас и Намибия.      | AL MT NI HN NA
            """)
    void shouldKnowTheTradingPartnersAndPortsThatFiguresName(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // Uzbek Latin writes its o and g with a mark that pages type several ways: the letter mark (U+02BB) keeps the
    // name one word, a quote (U+2018) or an apostrophe splits it, and both must name the same place.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yuklar Afg‘onistonga yuborildi.            | AF
            Yuklar Afgʻonistonga yuborildi.            | AF
            Yuklar Afg’onistondan qaytdi.              | AF
            Farg‘ona viloyatida zavod ochildi.        | UZ
            Fargʻona viloyatida zavod ochildi.        | UZ
            """)
    void shouldReadAnUzbekNameWhateverMarkItsLettersCarry(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // A party named by the adjective alone ("European buyers", "les exportations européennes") is the EU, as the
    // labels have it for European countries buying oil or European exports to Kyrgyzstan.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            European buyers took most of the Kazakh wheat.           | EU KZ
            Les exportations européennes vers l'Arménie ont bondi.  | EU AM
            Европейские компании вложили средства в Узбекистан.      | EU UZ
            The European Union and Kazakhstan signed a deal.         | EU KZ
            Европейский союз и Казахстан подписали соглашение.       | EU KZ
            """)
    void shouldTakeTheEuropeanAdjectiveForTheUnion(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // "Our country" in Kazakh names Kazakhstan in every case ending, as the Kazakh press uses it.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Биыл елімізден Ресейге 5 млн тонна астық жөнелтілді.      | KZ RU
            Еліміздің темір жолы арқылы жүк көлемі өсті.              | KZ
            Елімізге Түркиядан жаңа вагондар келді.                   | KZ TR
            """)
    void shouldReadOurCountryInKazakhAsKazakhstan(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // Kazakh and Uzbek articles name partners in their own words, with the case endings after them: Cyrillic and
    // Latin Uzbek, Cyrillic Kazakh and the Latin Kazakh of the acute-accent alphabet.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ұлыбританиядан және Грекиядан тауар әкелінді.                   | GB GR
            Грекияға, Мысырға және Жаңа Зеландияға бидай сатылды.          | GR EG NZ
            Біріккен Араб Әмірліктері мен Сауд Арабиясы мұнай алды.        | AE SA
            Америка Құрама Штаттарының үлесі артты.                        | US
            Солтүстік Кореямен шекара жабық, Оңтүстік Кореямен сауда өсті. | KP KR
            Грузияның және Белорусьтің жүк көлігі, ҚХР тасымалы.           | GE BY CN
            Әзербайжанмен келісім жасалды.                                 | AZ
            Fransiya, Italiya va Polshaga yuk jo'natildi.                  | FR IT PL
            Ukrainadan va Braziliyadan don keltirildi.                     | UA BR
            Misr, Iroq va Quvaytga eksport oshdi.                          | EG IQ KW
            Amerika Qo'shma Shtatlari va Buyuk Britaniya investorlari.     | US GB
            Saudiya Arabistoni bilan shartnoma, Janubiy Afrika bilan ham.  | SA ZA
            Миср, Ироқ ва Қувайтга юк жўнатилди.                           | EG IQ KW
            Арманистон ва Руминиядан келган вагонлар.                      | AM RO
            Америка Қўшма Штатлари ва Буюк Британия компаниялари.          | US GB
            Qytaıdan jáne Reseıden júk keldi.                              | CN RU
            Túrkıaǵa, Ázerbaıjanǵa jáne Qyrǵyzstanǵa tasymal ósti.          | TR AZ KG
            Türkiyedan va Gollandiyadan mebel keltirildi.                  | TR NL
            Moʻgʻulistonga va Mo‘g‘ulistondan ko'mir tashildi.            | MN MN
            Мўғулистонга ва Шимолий Кореяга юк жўнатилмади.                | MN KP
            """)
    void shouldReadPartnersByTheirKazakhAndUzbekNames(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // Kazakh "қатар" is a row, a rank, "among" (қатарында): Qatar is Катар, and the common word names no country.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан алғашқы онның қатарына енді.        | KZ
            Катарға газ жеткізілді.                        | QA
            """)
    void shouldNotTakeTheKazakhWordForARowForQatar(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // Семей is the town of Semey and, in Russian, also the genitive plural of "family" (and the stem of
    // "семейный"): only the capitalised town, in its Russian and Kazakh case forms, names Kazakhstan.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Расходы семей на продукты выросли на 15%.              | ''
            На еду уходит треть семейного бюджета.                 | ''
            Он рассуждал о семейных ценностях и инвестициях.       | ''
            Поезд прибыл в Семей утром.                            | KZ
            Завод в Семее выпустил 300 вагонов.                    | KZ
            Жүк Семейге жеткізілді.                                | KZ
            """)
    void shouldNotTakeTheRussianWordForFamiliesForSemey(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList())
                .containsExactly(codes.isBlank() ? new String[0] : codes.split(" "));
    }

    // Kazakh and Uzbek writers glue case endings to names the lists held as exact words (Toshkentga, Dushanbega,
    // AQShdan, XXRdan) and spell towns and capitals their own way (Бішкек, Тәшкент, Ashxobod, Мәскеу, Kobul).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yuk Toshkentga joʻnatildi.                       | UZ
            Delegatsiya Dushanbega keldi.                    | TJ
            Делегация Бішкекке барды.                        | KG
            Жүк Тәшкентке жеткізілді.                        | UZ
            Ashxobodda uchrashuv boʻldi.                     | TM
            Poyezd Chimkentga, keyin Ostonaga bordi.         | KZ KZ
            Тауарлар Мәскеуге жөнелтілді.                    | RU
            Yuklar Moskvaga yuborildi.                       | RU
            Tehronda muzokaralar oʻtdi.                      | IR
            Yuk Mozori Sharifga yetkazildi.                  | AF
            Poyezd Kobulgacha boradi.                        | AF
            Қапланбек бекетінен көп адам өтті.               | KZ
            Үрімші мен Алматы арасында пойыз жүрді.          | CN KZ
            Yuklar XXRdan keltirildi.                        | CN
            AQShdan investitsiya keldi.                      | US
            """)
    void shouldReadTownsAndAcronymsWithTheirKazakhAndUzbekCaseEndings(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // The blocs and the corridor by their own Kazakh and Uzbek names and acronyms.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ҰҚШҰ елдері жаттығу өткізді.                          | CSTO
            Еуроодақ жаңа бағдарламаны бекітті.                   | EU
            Yevroittifoq bilan savdo oshdi.                       | EU
            ЕАЭО елдерімен сауда өсті.                            | EAEU
            Yevroosiyo iqtisodiy ittifoqi doirasida savdo oshdi.  | EAEU
            Жүктер ТХКБ арқылы тасымалданды.                      | TITR
            Yuklar Oʻrta yoʻlak orqali tashildi.                  | TITR
            """)
    void shouldReadTheBlocsAndTheCorridorByTheirKazakhAndUzbekNames(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // Countries the lists missed in some case or language: Tunisia and the United States in Russian, Niger, Syria's
    // capital and the Golan.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Торговля с Тунисом выросла.                  | TN
            Договор с Соединенными Штатами подписан.     | US
            Uranium came from Niger.                     | NE
            The troops flew to Damascus.                 | SY
            Peacekeepers patrolled the Golan Heights.    | SY
            Миротворцы несли службу на Голанских высотах. | SY
            """)
    void shouldKnowCountriesInTheCasesAndNamesTheListsMissed(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }

    // "Our country" and "the republic" with no possessor name Uzbekistan in the Uzbek press, as еліміз names
    // Kazakhstan in the Kazakh; "Qozogʻiston Respublikasi" (-si: the republic of someone) stays that country.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mamlakatimizda paxta hosili oshdi.                  | UZ
            Respublikaga import qilingan tovarlar koʻpaydi.     | UZ
            Qozogʻiston Respublikasi bilan savdo oshdi.         | KZ
            """)
    void shouldReadOurCountryAndTheRepublicInUzbekAsUzbekistan(String text, String codes) {
        assertThat(GAZETTEER.find(text).stream().map(Mention::code).toList()).containsExactly(codes.split(" "));
    }
}
