package io.steppewatch.analysis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.SeedCorpus;

/**
 * Realistic articles of about 4 KB for the throughput benchmark: paragraphs of the French seeds, and English and
 * Russian paragraphs written for the benchmark with figures, dates and names drawn from a seeded random source,
 * shuffled into articles. The same seed always gives the same corpus.
 */
public final class BenchmarkCorpus {

    public static final int TARGET_CHARS = 4096;

    private static final String[] COUNTRIES_EN = {"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
        "Turkmenistan", "Russia", "China"};
    private static final String[] COUNTRIES_RU = {"Казахстан", "Узбекистан", "Кыргызстан", "Таджикистан",
        "Туркменистан", "Россия", "Китай"};
    private static final String[] EN = {
        "Trade between %s and %s rose %d.%d per cent to $%d.%dbn in the first %d months of this year, officials in "
            + "Astana said on Tuesday, adding that exports of grain reached %d.%d million tons.",
        "The Middle Corridor carried %d,%03d TEU last year, and rail freight through Aktau and Khorgos grew by %d%%, "
            + "according to the ministry of transport, which expects the route to handle %d million tonnes by 2027.",
        "Western governments have warned %s that secondary sanctions could follow if dual-use goods keep reaching "
            + "Russia; %d companies were added to the entity list, and banks froze about $%d million of assets.",
        "CSTO troops held military exercises near the Afghan border on %d March, with %d,%03d soldiers taking part, "
            + "while officials in Dushanbe spoke of terrorism and extremism threatening regional security.",
        "Investment from %s into %s exceeded $%d billion, and %d joint ventures now employ %d,%03d people, the "
            + "president said, calling the partner a strategic ally.",
    };
    private static final String[] RU = {
        "Товарооборот между %s и Россией за %d месяцев %d года вырос на %d,%d%% и составил %d,%d млрд долларов, "
            + "сообщило министерство торговли.",
        "По Среднему коридору в прошлом году перевезли %d %03d ДФЭ, а транзит грузов через Актау вырос на %d%%; "
            + "к 2027 году объем должен превысить %d млн тонн.",
        "Западные страны предупредили, что за поставки товаров двойного назначения последуют вторичные санкции; "
            + "под ограничения попали %d компаний, заморожено активов на %d млн долларов.",
        "Войска ОДКБ провели военные учения у афганской границы %d марта, в них участвовали %d %03d военнослужащих.",
        "Инвестиции Китая в экономику страны превысили %d млрд долларов, работают %d совместных предприятий и "
            + "%d %03d рабочих мест.",
    };

    private BenchmarkCorpus() {
    }

    public static List<ArticleText> build(int articles, long seed) {
        Random random = new Random(seed);
        List<String> french = new ArrayList<>();
        for (SeedArticle article : SeedCorpus.bundled()) {
            for (String paragraph : article.text().body().split("\n")) {
                if (paragraph.strip().length() > 80) {
                    french.add(paragraph.strip());
                }
            }
        }
        List<ArticleText> corpus = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            int language = i % 3;
            StringBuilder body = new StringBuilder();
            while (body.length() < TARGET_CHARS) {
                String paragraph = switch (language) {
                    case 0 -> french.get(random.nextInt(french.size()));
                    case 1 -> fill(EN[random.nextInt(EN.length)], random, COUNTRIES_EN);
                    default -> fill(RU[random.nextInt(RU.length)], random, COUNTRIES_RU);
                };
                body.append(paragraph).append("\n\n");
            }
            String title = switch (language) {
                case 0 -> "Le Kazakhstan et la Russie renforcent leurs échanges";
                case 1 -> "Kazakhstan trade with Russia grows";
                default -> "Товарооборот Казахстана и России растет";
            };
            corpus.add(new ArticleText("bench-" + i, title, body.toString(),
                    LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28)), null));
        }
        return corpus;
    }

    private static String fill(String template, Random random, String[] countries) {
        List<Object> args = new ArrayList<>();
        int count = template.split("%", -1).length - 1 - 2 * (template.split("%%", -1).length - 1);
        for (int k = 0; k < count; k++) {
            args.add(random.nextInt(90) + 1);
        }
        int slot = 0;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) == 's') {
                out.append(countries[random.nextInt(countries.length)]);
                slot++;
                i += 2;
            } else if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
            } else if (c == '%') {
                int j = i + 1;
                while (j < template.length() && template.charAt(j) != 'd') {
                    j++;
                }
                out.append(String.format(Locale.ROOT, template.substring(i, j + 1), (Integer) args.get(slot)));
                slot++;
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
