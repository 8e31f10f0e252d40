package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures as Kazakh and Uzbek news write them: case endings glued to currencies, scale words and percent signs,
 * the country named before the dollar, Latin and Cyrillic spellings (Kazakh in the Latin alphabet is read through its
 * Cyrillic spelling: {@code LatinScriptKazakhTest}). Same row format as {@link FigureExtractorTest}.
 */
class KazakhUzbekFiguresTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kk | тауар айналымы 5,2 млрд АҚШ долларына жетті                      | 5,2 млрд АҚШ долларына=5.2E9 USD
            kk | экспорт көлемі 12,5%-ға өсті                                      | 12,5%=12.5 percent
            kk | бюджетке 1,2 трлн теңгеге дейін түсті                             | 1,2 трлн теңгеге=1.2E12 KZT
            kk | инвестиция 800 млн теңгені құрады                                 | 800 млн теңгені=8.0E8 KZT
            kk | жүк тасымалы 3,4 млн тоннаны құрады                               | 3,4 млн тоннаны=3400000 t
            kk | 450 мың тонна астық экспортталды                                  | 450 мың тонна=450000 t
            kk | импорт 25 пайызға артты                                           | 25 пайызға=25 percent
            kk | жолдың ұзындығы 1 200 километрді құрайды                          | 1 200 километрді=1200 km
            kk | Еуропаға 2,5 млрд еуро көлемінде, ал Қытайға 300 млн юань         | 2,5 млрд еуро=2.5E9 EUR; 300 млн юань=3.0E8 CNY
            kk | инвестициялар 1,1 млрд еуроға жетті                               | 1,1 млрд еуроға=1.1E9 EUR
            kk | 1,5 млрд рубльге бағаланды                                        | 1,5 млрд рубльге=1.5E9 RUB
            kk | сауда 1,8 есеге артты                                             | 1,8 есеге=1.8 times
            kk | 2 млрд доллардан 5,2 млрд-қа дейін өсті                           | 2 млрд доллардан=2.0E9 USD; 5,2 млрд-қа=5.2E9 USD
            kk | өткен жылы 15 мың вагон жөнелтілді                                | 15 мың вагон=15000 count
            kk | Teńge 450 mlrd teńgege jetti                                      | 450 mlrd teńgege=4.5E11 KZT
            uz | savdo aylanmasi 5,2 mlrd dollarga yetdi                           | 5,2 mlrd dollarga=5.2E9 USD
            uz | 1 million 300 ming tonnadan ziyod yuk                             | 1 million 300 ming tonnadan=1300000 t
            kk | 2 миллиард 500 миллион АҚШ доллары                               | 2 миллиард 500 миллион АҚШ доллары=2.5E9 USD
            uz | 1 миллион 300 минг тоннадан зиёд                                 | 1 миллион 300 минг тоннадан=1300000 t
            uz | 5.2 mlrd dollar va 15.5 foiz                                      | 5.2 mlrd dollar=5.2E9 USD; 15.5 foiz=15.5 percent
            uz | 1.5 mln tonna va 12.500 tonna                                     | 1.5 mln tonna=1500000 t; 12.500 tonna=12500 t
            uz | 3,4 trln so`mni tashkil etdi                                      | 3,4 trln so`mni=3.4E12 UZS
            kk | eksport 12 paıyzǵa ósti, 450 myń tonna                            | 12 paıyzǵa=12 percent; 450 myń tonna=450000 t
            kk | 1,5 mlrd AQSh dollaryna jetti                                     | 1,5 mlrd AQSh dollaryna=1.5E9 USD
            uz | eksport 15%ga oshdi                                               | 15%=15 percent
            uz | bu 1,2 trln so'mni tashkil etdi                                   | 1,2 trln so'mni=1.2E12 UZS
            uz | 3,4 mln tonna yuk tashildi                                        | 3,4 mln tonna=3400000 t
            uz | 450 ming tonnaga yetdi                                            | 450 ming tonnaga=450000 t
            uz | import 25 foizga oshdi                                            | 25 foizga=25 percent
            uz | investitsiyalar 2,5 mlrd yevroga yetdi                            | 2,5 mlrd yevroga=2.5E9 EUR
            uz | 2,5 mlrd yevro va 300 mln yuan                                    | 2,5 mlrd yevro=2.5E9 EUR; 300 mln yuan=3.0E8 CNY
            uz | 300 mln yuanga baholandi                                          | 300 mln yuanga=3.0E8 CNY
            uz | 1,5 mlrd rubl miqdorida                                           | 1,5 mlrd rubl=1.5E9 RUB
            uz | savdo 1,8 barobar oshdi                                           | 1,8 barobar=1.8 times
            uz | 1,5 trillion so'mga yetdi                                         | 1,5 trillion so'mga=1.5E12 UZS
            kk | Еуропаға 3 елден, Еуропадағы 4 елге                               | 3 елден=3 count; 4 елге=4 count
            uz | Yevropaga 3 davlat, Yevropaning 4 davlati                         | 3 davlat=3 count; 4 davlati=4 count
            kk | экспорт 2 млрд долларға жетті, импорт 3 млрд-тан астам            | 2 млрд долларға=2.0E9 USD; 3 млрд-тан=3.0E9 USD
            kk | 27 мыңға жуық контейнерді тасымалдады                             | 27 мыңға жуық контейнерді=27000 count
            uz | institutning 30 yilligi munosabati bilan 12 tonna yuk keldi      | 12 tonna=12 t
            kk | университеттің 25 жылдығына 40 вагон жөнелтілді                  | 40 вагон=40 count
            uz | 5 yil ichida 12 tonna yuk keldi                                   | 5 yil=5 years; 12 tonna=12 t
            kk | елде 200-ден астам компания жұмыс істейді                          | 200-ден астам компания=200 count
            uz | 5 mingdan ortiq korxona faoliyat yuritmoqda                        | 5 mingdan ortiq korxona=5000 count
            uz | eksport 2 mlrd dollarga, import 3 mlrd-dan ortiq                  | 2 mlrd dollarga=2.0E9 USD; 3 mlrd-dan=3.0E9 USD
            uz | 15 ming vagon jo'natildi                                          | 15 ming vagon=15000 count
            uz | товар айирбошлаш 5,2 млрд долларга етди                           | 5,2 млрд долларга=5.2E9 USD
            uz | 1,2 трлн сўмни ташкил этди                                        | 1,2 трлн сўмни=1.2E12 UZS
            uz | экспорт 15 фоизга ошди ва 450 минг тоннага етди                   | 15 фоизга=15 percent; 450 минг тоннага=450000 t
            uz | 2,5 млрд еврога етди                                              | 2,5 млрд еврога=2.5E9 EUR
            uz | 1,8 баробар ошди                                                  | 1,8 баробар=1.8 times
            uz | 1,2 трлн сумга етди                                               | 1,2 трлн сумга=1.2E12 UZS
            uz | savdo hajmi $4,2 mlrdga yetdi                                     | $4,2 mlrdga=4.2E9 USD
            uz | eksport $1,3 mlrddan oshdi                                        | $1,3 mlrddan=1.3E9 USD
            kk | кеме жағадан 350 метрге жылжыды                                   | 350 метрге=350 m
            uz | ko'prik 120 metrga uzaytirildi                                     | 120 metrga=120 m
            """)
    void shouldFindValueAndUnitWhenKazakhOrUzbekGluesCaseEndings(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            uz | yuk aylanmasi 12 048,5 mln. tonna-km.ga yetdi, 35,2 mln. tonna yuk | 35,2 mln. tonna=3.52E7 t
            uz | юк айланмаси 450 млн тонна-км.ни ташкил этди                        |
            kk | жүк айналымы 300 млн тонна-шақырымға жетті                          |
            """)
    void shouldFindNoTonnesWhenFreightTurnoverIsInTonneKilometres(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            kk | 2024-жылы экспорт өсті
            kk | 2024 жылы экспорт өсті
            uz | 2024-yilda eksport oshdi
            uz | 2024 yilda eksport oshdi
            kk | 2024 жылдың 9 айында экспорт өсті
            kk | биыл 15 қазанда Астанада
            kk | 1 қаңтардан бастап
            kk | 2025 жылғы 3 наурызда
            kk | 1-тоқсанда экспорт өсті
            uz | 2024 yilning 9 oyida eksport oshdi
            uz | 15 oktyabrda Toshkentda
            uz | 2025 yil 3 martda
            uz | 1 yanvardan boshlab
            uz | 2024 йилнинг 9 ойида
            uz | 15 октябрда Тошкентда
            kk | 2024 жылғы 1 қаңтардағы жағдай бойынша
            """)
    void shouldFindNoUnitFigureWhenNumberIsYearOrPlaceName(String language, String text) {
        List<SurfaceFigure> figures = extractor.extract(text, language);

        assertThat(describe(text, figures.stream().filter(f -> f.noun() != null || !"count".equals(f.unit())).toList()))
                .isEmpty();
    }
}
