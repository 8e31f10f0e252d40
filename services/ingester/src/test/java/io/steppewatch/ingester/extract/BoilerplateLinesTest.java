package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLinesTest {

    private final BoilerplateLines lines = new BoilerplateLines();

    @ParameterizedTest
    @ValueSource(strings = {"Comments", "12 comments", "Share this on WhatsApp", "Advertisement", "Read more:",
            "Related: The ten biggest ports", "Tags: trade, grain", "Filed under china , grain",
            "Updated: 18 Nov 2019 9:38 pm", "Posted on March 30, 2015 by Admin", "You may also like...",
            "18 NOV 2019", "November 18, 2019 | 4:10pm", "Jose Smith 2019-11-20 14:35:08"})
    void shouldDropLineWhenItIsPageFurniture(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Termin: 14.03.2026, 18:30 Uhr", "Anmeldeschluss: 02.03.2026 (Eingang)",
            "Aktionszeitraum: 01.03.2026 – 15.03.2026", "Hora: 7:30 p.m.", "When: Saturday, 14 March 2026",
            "Seminartermin: 20. & 21. März 2026"})
    void shouldKeepDateLineWhenItSaysWhenSomethingTakesPlaceOrIsDue(String line) {
        String text = "The grain traders of Kostanay meet again this spring.\n\n" + line + "\n\nTickets at the door.";

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aktualisiert: 30.12.2025", "Erscheinungsdatum: 07.02.2026", "Stand: 25.01.2026",
            "Determine: 12.03.2026"})
    void shouldDropDateLineWhenItsLabelSaysWhenThePageWasWritten(String line) {
        assertThat(lines.filter("The grain traders of Kostanay meet again this spring.\n\n" + line))
                .isEqualTo("The grain traders of Kostanay meet again this spring.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Exports rose 12% in November 2019, the ministry said.",
            "Share prices in Almaty rose on Monday after the central bank cut its rate by half a point.",
            "The talks are set for 18 November in Tashkent, with ministers from five countries and observers."})
    void shouldKeepLineWhenItIsProse(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @Test
    void shouldKeepLongParagraphEvenWhenItStartsLikeFurniture() {
        String paragraph = "Read more about the corridor: the railway across the steppe now carries twice the "
                + "containers it carried two years ago, and operators expect another rise next year.";

        assertThat(lines.filter(paragraph)).isEqualTo(paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Externer Inhalt", "Kontakt:", "Entdecke weitere Reportagen", "Tous droits réservés",
            "Подпишитесь на наш канал в Telegram", "相关阅读", "Diese Artikel könnten dich ebenfalls interessieren:",
            "Beliebte Inhalte & Beiträge", "Relacionadas", "Você também pode gostar", "twittern", "mitteilen"})
    void shouldDropLineWhenItIsMostlyAPhraseOfTheFurnitureLexicon(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line + "\n\nAnother paragraph of it."))
                .isEqualTo("A real paragraph of the article.\n\nAnother paragraph of it.");
    }

    @Test
    void shouldDropCallsToFollowOrSubscribeThatCloseTheText() {
        String text = "The port of Aktau handled a record tonnage in March.\n\n"
                + "Its new grain terminal opens in May.\n\n"
                + "Want more stories like this? Get our weekly newsletter.\n\n"
                + "Folgen Sie uns auf Twitter und Facebook";

        assertThat(lines.filter(text))
                .isEqualTo("The port of Aktau handled a record tonnage in March.\n\nIts new grain terminal opens in May.");
    }

    @Test
    void shouldKeepMentionOfANewsletterWhenItIsNotAtTheEndOrIsLongOrTheOnlyParagraph() {
        String middle = "The agency said it would publish the tonnage in its newsletter.\n\n"
                + "The port of Aktau handled a record tonnage in March.\n\nIts new grain terminal opens in May.";
        String longClosing = "The port of Aktau handled a record tonnage in March.\n\n" + "The ministry's monthly "
                + "newsletter, which traders follow closely, said the grain terminal would open in May, that the "
                + "ferry line to Baku would add two ships, and that the tariff for transit containers would stay "
                + "at last year's level until the end of the season, as the railway had asked in its letter to the "
                + "government.";
        String only = "The port's new newsletter names the ships waiting at anchor.";

        assertThat(lines.filter(middle)).isEqualTo(middle);
        assertThat(lines.filter(longClosing)).isEqualTo(longClosing);
        assertThat(lines.filter(only)).isEqualTo(only);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foto: Timur Aliev", "(Photo: Reuters/Staff)", "Crédits photos : Bestimage", "Фото: пресс-служба", "Titelbild:", "*Werbung. Dieser Beitrag enthält Werbung.",
            "ANZEIGE - Heute bestellen?", "This post may contain affiliate links. See the disclosure page."})
    void shouldDropLineWhenItCreditsAPictureOrAnnouncesAdvertising(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Aigerim Sadykova / Steppe Photo Agency", "(c) Caspian Press-Foto",
            "Daniyar Akhmetov/Anadolu Agency via Getty Images",
            "The new grain terminal at Aktau, seen from the ferry. | © Port of Aktau/Getty Images",
            "Zur Eröffnung kamen Händler aus fünf Ländern (Foto: Hafen Aktau)",
            "The minister at the opening of the terminal. Photo: Timur Aliev/AFP",
            "Nowy terminal zbożowy w porcie Aktau, fot. shutterstock", "Der Hafen im Morgenlicht, Aigerim Sadykova via Unsplash",
            "Karawanserei bei Buchara, um 1900: gemeinfrei, via Wikimedia Commons"})
    void shouldDropLineWhenItCreditsAPictureInsideTheText(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line + "\n\nAnother paragraph of it."))
                .isEqualTo("A real paragraph of the article.\n\nAnother paragraph of it.");
    }

    @Test
    void shouldDropCreditLinesWhenAPageBreaksThemIntoAParagraph() {
        String text = "The ferry line to Baku adds two ships this spring.\n\n"
                + "The new ferry at the quay\n(c) Caspian Press\n\n"
                + "Traders expect lower tariffs.\nBeitragsbild: Hafen Aktau\nImage credit: portofaktau.example/press\n"
                + "Photocredits STEPPE WEAR: Dana Ives";

        assertThat(lines.filter(text)).isEqualTo("The ferry line to Baku adds two ships this spring.\n\n"
                + "The new ferry at the quay\n\nTraders expect lower tariffs.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright © 2026 The Caspian Times Company", "© Copyright 2026 Steppe Wire.",
            "© 2025 - 2026 - Aral News", "Copyright 2026 by Steppe Wire", "(c) 2026 Kostanay Daily"})
    void shouldDropAShortLineThatOpensWithACopyrightMarkAndAYear(String line) {
        String story = "Grain exports through Aktau rose by a fifth in March.";

        assertThat(lines.filter(story + "\n\n" + line)).isEqualTo(story);
        assertThat(lines.filter(story + "\n" + line)).isEqualTo(story);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Reuters", "Press release (c) 2026 Steppe Games Inc.",
            "Copyright 2026 rules, passed by the Majlis in March, let the port's archive publish its photographs."})
    void shouldKeepACopyrightLineWithoutAYearOrThatGoesOnAsASentence(String line) {
        String text = "Grain exports through Aktau rose by a fifth in March.\n\n" + line;

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @Test
    void shouldDropTheCopyrightNoticeThatEndsAStoryWrittenInBrokenLines() {
        // Old pages write the whole story as one paragraph broken with <br>, the wire's notice on its last line.
        String story = "The ferry line to Baku adds two ships this spring, the harbour master of Aktau said on Monday.\n"
                + "\"We expect the crossing to fill up by June, as it did last year,\" she told reporters at the quay.\n"
                + "Traders expect lower tariffs once the new ships are in service, and the grain board agrees.\n";
        String aboutCopyright = "The ferry line to Baku adds two ships.\nIts timetable is under copyright (all rights"
                + " reserved) and the port may not reprint it.";

        assertThat(lines.filter(story + "Copyright (c) Caspian Press Ltd. 2026, All Rights Reserved."))
                .isEqualTo(story.strip());
        assertThat(lines.filter(story + "©2026 Steppe Wire. All rights reserved. This material may not be"
                + " published, broadcast, rewritten or redistributed.")).isEqualTo(story.strip());
        assertThat(lines.filter(aboutCopyright)).isEqualTo(aboutCopyright);
    }

    @Test
    void shouldKeepLineInsideAParagraphWhenItOnlyOpensWithAnAdvertisingWord() {
        String text = "Aufgaben des Vereins:\nWerbung neuer Mitglieder\nPflege der Ufer";

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @Test
    void shouldKeepCopyrightLineWhenItClosesTheTextAsTheWireItCameFrom() {
        String text = "Grain exports through Aktau rose by a fifth in March.\n\n© Reuters";

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aja/PAP", "jk / dpa", "(SID)", "(dpa)", "(dr/spot)", "(red)"})
    void shouldDropLineWhenItSignsOffTheStoryWithAWireOrInitials(String line) {
        String text = "Grain exports through Aktau rose by a fifth in March.\n\n" + line
                + "\n\nThe ferry timetable is posted at the port office.";

        assertThat(lines.filter(text)).isEqualTo("Grain exports through Aktau rose by a fifth in March.\n\n"
                + "The ferry timetable is posted at the port office.");
        assertThat(lines.filter("Grain exports through Aktau rose by a fifth in March.\n\n" + line))
                .isEqualTo("Grain exports through Aktau rose by a fifth in March.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"act/behave", "grab/hold/seize", "AP", "(Video)", "(Teil 2)", "Kazakh/Uzbek",
            "AFP/Reuters reported the figure.", "(Kazakhstan/Uzbekistan)"})
    void shouldKeepLineWhenWordsPartedBySlashesOrInBracketsAreNoSignOff(String line) {
        String text = "Grain exports through Aktau rose by a fifth in March.\n\n" + line;

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The figures come from AFP and the customs service, which publish them monthly.",
            "The archive's old maps can be found via Wikimedia Commons and on the museum's own site, the curator said.",
            "Photographers lined the quay (the first barge of the year had arrived) to watch the ferry dock.",
            "Under clause (c) of the agreement the terminal stays open in winter.",
            "Traders in Almaty read the news on Reuters/AP wires before the market opened and then sold their grain."})
    void shouldKeepLineWhenItMentionsAPictureOrAnAgencyInProse(String line) {
        String text = "A real paragraph of the article.\n\n" + line;

        assertThat(lines.filter(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photographers lined the quay: the first barge of the year had arrived.",
            "Anzeigen wurden bis zum 3. April angenommen, sagte die Behörde.",
            "The source of the figures is the customs service, which publishes them monthly.",
            "Sources: port authority report, railway statistics", "Quelle: Statistisches Bundesamt"})
    void shouldKeepLineWhenItOnlyStartsLikeACredit(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"To view the full story, please subscribe to The Port Weekly.",
            "If you are seeing this message but you are already a subscriber, you can log in for immediate access.",
            "Never miss the latest news by signing up for our newsletter.",
            "Jetzt den Newsletter abonnieren und nichts mehr verpassen!"})
    void shouldDropParagraphWhenItAsksTheReaderToSubscribe(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @Test
    void shouldKeepParagraphWhenItReportsOnSubscriptionsRatherThanAskingForOne() {
        String line = "The company patched the software and continued to sign up additional subscribers all week.";

        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DON'T MISS", "More from Business", "Leave a Reply", "Schon gelesen?",
            "Das könnte Sie auch interessieren:", "Mehr zum Thema Getreide", "Zum Weiterlesen", "Neueste Artikel",
            "Kommentar verfassen", "Möchten Sie den Artikel teilen?", "À lire aussi : les ports de la Caspienne",
            "Audios et vidéos sur le sujet", "Permalien https://example.org/p/7", "Lee también: el corredor",
            "Comentarios", "Czytaj też: Kolej przez step", "Ten tekst przeczytasz w mniej niż minutę",
            "Новости по теме", "Смотрите также: зерно", "Batafsil", "Inhaltsverzeichnis", "Содержание",
            "This entry was posted in Trade and tagged grain. Bookmark the permalink.",
            "Dieser Eintrag wurde veröffentlicht in Handel und verschlagwortet mit Getreide."})
    void shouldDropLineWhenItIsFurnitureInAnotherLanguage(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weitere Informationen zur Ernte gab das Ministerium am Montag nicht bekannt.",
            "Beliebte Inhalte der Mediathek sind Filme über die Steppe.",
            "Relacionadas com o porto, as obras começam em maio.",
            "More from the steppe: herders moved their flocks north a month early this year.",
            "Comentarios del ministro sobre el puerto, publicados el lunes, desataron una polémica."})
    void shouldKeepLineWhenItOnlyStartsLikeForeignFurniture(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Have a tip? Dana Ives may be reached at dives@example.org.",
            "Her book on the grain trade is out now. Follow her on Twitter @dives.",
            "If you buy something through this post, Port Weekly may get a share of the sale.",
            "This post may contain affiliate and/or referral links. Please see my disclosure page.",
            "Advertising disclosure: We may receive compensation for some of the links in our stories.",
            "Get Steppe Monthly delivered through your letterbox every month. Click here for more information.",
            "If you enjoyed this post, would you consider supporting our work? Just click here and donate.",
            "Puede escribirnos a la redacción o suscribirse aquí a nuestra newsletter.",
            "Mit einem Stern markierte Links sind Affiliate-Links: Kaufst du dort ein, unterstützt du unseren Blog, "
                    + "und der Preis bleibt für dich derselbe.",
            "Einige Links führen zu Händlern, von denen die Redaktion eine Provision erhält. Sie tragen ein Symbol.",
            "Kaufst du über einen solchen Link, bekommen wir vom jeweiligen Händler eine kleine Provision."})
    void shouldDropParagraphWhenItIsAContactLineOrAnEarningsNotice(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministry said it may receive more grain than the silos can hold this autumn.",
            "The broker earns a commission on every wagon it books, the regulator found.",
            "Officials could not be reached for comment on Monday.",
            "Der Makler erhält für jeden gebuchten Waggon eine Provision, stellte die Aufsicht fest.",
            "Wie hoch die Provision ist, die der Makler bekommt, sagte die Aufsicht nicht."})
    void shouldKeepParagraphWhenItOnlyMentionsEarningsOrContact(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Dana Ives -", "By Dana Ives and Omar Salim", "Von Anna Berg", "Por Agencia EFE",
            "By AFP", "Par Jean de la Roche", "Автор: Мария Ким"})
    void shouldDropLineWhenItIsABylineOnItsOwn(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the numbers", "Von Rechts wegen", "By no means", "Von Risiken und Nebenwirkungen",
            "By The Numbers"})
    void shouldKeepLineWhenItStartsLikeABylineButIsAHeading(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unless stated otherwise, content on this site is licensed CC-BY 4.0.",
            "Dieser Text steht unter einer Creative Commons Lizenz.", "Also: our guide to winter roads"})
    void shouldDropLineWhenItIsALicenceNoteOrAPointerElsewhere(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sie sind aktuell nicht eingeloggt.", "You are not logged in.",
            "Das Magazin gibt es jetzt auch digital! Einfach hier klicken und registrieren!"})
    void shouldDropLineWhenItIsALoginOrRegistrationPrompt(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @Test
    void shouldKeepParagraphWhenItReportsARegistrationRatherThanAskingForOne() {
        String line = "Die Spedition musste im März Insolvenz anmelden, teilte das Amtsgericht mit.";

        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sexta-feira, 22 de outubro de 2010 às 20:13", "14 iyun 2026, 09:15",
            "Sábado 23 de abril del 2022", "Dienstag, 3. März 2026", "12 października 2025 r."})
    void shouldDropLineWhenItIsADateInAnotherLanguage(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18 NOV 2019", "3 Sept. 2020", "le 2 août 2021", "1er Décembre 2022", "3 MÄRZ 2020",
            "14 İyun 2026", "5 ſeptember 2019", "12 мая 2023", "12 Мая 2023", "(22 października 2024)",
            "2024_01 jan", "sexta-feira, 22 de outubro de 2010"})
    void shouldLookForMonthWhenAWordOpensLikeOne(String line) {
        assertThat(BoilerplateLines.mayNameMonth(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Item 2 of 10", "12 comments", "Rated 4.5 by 12 readers", "2024-01-05 14:35",
            "Tomar 12", "x1jan 2020", "_jan 2020", "1"})
    void shouldSkipMonthPatternWhenNoWordOpensLikeAMonth(String line) {
        assertThat(BoilerplateLines.mayNameMonth(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18 NOV 2019", "3 Sept. 2020", "le 2 août 2021", "1er Décembre 2022", "3 MÄRZ 2020",
            "14 İyun 2026", "5 ſeptember 2019", "12 мая 2023", "12 Мая 2023", "(22 października 2024)",
            "2024_01 jan", "sexta-feira, 22 de outubro de 2010"})
    void shouldFindMonthWhereAWordOpensLikeOne(String line) {
        assertThat(BoilerplateLines.namesMonth(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 de nosotros", "Seite 3 von 12", "x1jan 2020", "_jan 2020", "Item 2 of 10", "1"})
    void shouldFindNoMonthWhereWordsOnlyOpenLikeOne(String line) {
        assertThat(BoilerplateLines.namesMonth(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sign up for our newsletter.                         | 2",
            "SUBSCRIBE to the Inbox edition                      | 2",
            "Designers signed up: the newsletters' redesign      | 1",
            "Subscribe                                           | 1",
            "Klicken Sie hier, um den Newsletter zu abonnieren   | 2",
            "prenewsletter, newsletter_x, newsletter1            | 0",
            "Das Team (Newsletter) und ſubscribe                 | 2"})
    void shouldCountPromotionWordsAsRepeatedFindsWould(String paragraph, int count) {
        assertThat(BoilerplateLines.promoWords(paragraph)).isEqualTo(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Am 15. März 2026 beginnt die Aussaat in der ganzen Region.",
            "— Termez Docks (@termezdocks) March 28, 2026"})
    void shouldKeepLineWhenItIsASentenceOrAPostsSignatureWithADate(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[button link=\u201dhttps://port.example/review\u201d type=\u201dbig\u201d] Send us your review[/button]",
            "[caption id=\"attachment_12\" width=\"300\"] Cranes at the Termez quay[/caption]", "[/column]"})
    void shouldDropParagraphWhenItIsAnUnrenderedShortcode(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @Test
    void shouldKeepParagraphWhenItOnlyStartsWithABracket() {
        String line = "[Update] The port reopened on Tuesday after the storm, the authority said.";

        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @Test
    void shouldKeepParagraphAboutTheAuthorWhenItIsNotAtTheEndOrNoAuthorIsKnown() {
        String text = "Dana Ives is a reporter, the ministry said, and may not enter the port.\n\n"
                + "The port reopened on Tuesday.\n\nCranes worked through the night.";

        assertThat(BoilerplateLines.withoutAuthorBio(text, "Dana Ives")).isEqualTo(text);
        assertThat(BoilerplateLines.withoutAuthorBio(text + "\n\nDana is a reporter in Termez.", null))
                .endsWith("Dana is a reporter in Termez.");
        assertThat(BoilerplateLines.withoutAuthorBio(text + "\n\nDana is a reporter in Termez.", "Dana Ives"))
                .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2026 Steppe Courier. All rights reserved. Do not reproduce without permission.",
            "The contents of this site are ©2026 Port Weekly Publishing, a subsidiary of River Media.",
            "Copyright 2026 Port Weekly. Alle Rechte vorbehalten.", "© 2026 Степной курьер. Все права защищены."})
    void shouldDropParagraphWhenItIsTheSitesCopyrightNotice(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"All rights reserved. This material may not be published, broadcast, rewritten or "
            + "redistributed.", "Distributed by Caspian Wire. This material may not be published, broadcast, "
            + "rewritten or redistributed.", "All rights reserved. This copyrighted material may not be published, "
            + "broadcast or redistributed in any manner."})
    void shouldDropParagraphWhenItIsTheWiresNoticeAgainstRedistributionWithoutTheMark(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line))
                .isEqualTo("A real paragraph of the article.");
    }

    @Test
    void shouldKeepParagraphWhenItDiscussesCopyright() {
        String line = "The licences sit between copyright (all rights reserved) and the public domain, the "
                + "foundation said.";

        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"You can follow any responses to this entry through the RSS 2.0 feed. You can leave a "
                    + "response, or trackback from your own site.",
            "You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are "
                    + "currently closed.",
            "You can skip to the end and leave a response. Pinging is currently not allowed.",
            "The URI to TrackBack this entry is:"})
    void shouldDropParagraphWhenItIsTheBlogTemplatesNoticeOnFollowingTheResponses(String line) {
        assertThat(lines.filter("A real paragraph of the post.\n\n" + line + "\n\nA reader's comment."))
                .isEqualTo("A real paragraph of the post.\n\nA reader's comment.");
    }

    @Test
    void shouldKeepParagraphWhenItOnlySpeaksOfFollowingResponses() {
        String line = "You can follow the responses of the port authority on its own site, where the letters to "
                + "the shippers are posted each week.";

        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Klicken Sie auf die Schaltfläche unten, um das Video von example.org zu laden.",
            "Wir achten deine Privatsphäre und bauen ohne deine Zustimmung keine Verbindung zu Instagram auf. "
                    + "In den Einstellungen kannst du das jederzeit ändern.",
            "Click the button below to load the content from a third-party service.",
            "We will not connect to the map service without your consent."})
    void shouldDropParagraphWhenItHoldsTheNoticeOfAnEmbedThatLoadsOnlyWithConsent(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line + "\n\nAnother paragraph of it."))
                .isEqualTo("A real paragraph of the article.\n\nAnother paragraph of it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die App darf ohne deine Zustimmung keine Standortdaten an Dritte weitergeben, sagte die "
                    + "Behörde am Montag.",
            "Ohne ihre Zustimmung wurde die Verbindung zum Netz getrennt, klagen die Bewohner des Viertels.",
            "Wer auf den Link klickt, um den Bericht zu lesen, landet auf der Seite des Ministeriums.",
            "The app cannot share your location without your consent, the regulator said on Monday."})
    void shouldKeepParagraphWhenItOnlySpeaksOfConsentOrOfLoading(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zum Vergrößern bitte anklicken", "Vergrößern Der neue Kran am Kai von Termez, kurz nach "
                    + "seiner Aufstellung im Februar.", "Bild vergrößern: Die Fähre legt in Aktau an.",
            "Click to enlarge: the new crane at the Termez quay", "Enlarge this image The ferry docks at Aktau."})
    void shouldDropLineWhenItIsACaptionAfterTheControlThatZoomsItsPicture(String line) {
        assertThat(lines.filter("A real paragraph of the article.\n\n" + line + "\n\nAnother paragraph of it."))
                .isEqualTo("A real paragraph of the article.\n\nAnother paragraph of it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vergrößern Sie das Bild mit zwei Fingern, um die Zahlen zu lesen.",
            "Vergrößern sich die Lager weiter, braucht der Hafen eine dritte Schicht.",
            "Enlargement of the port will begin in May, the authority said."})
    void shouldKeepLineWhenItOnlyOpensWithTheWordForZooming(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @Test
    void shouldDropTheServersDiagnosticsFromBetweenTheLinesOfTheText() {
        String text = "Notice: Undefined index: lang in /srv/www/port-news/wp-content/themes/harbour/header.php on line 12"
                + "\n\nThe river port at Termez handled more freight in March.\n"
                + "Deprecated: Function create_function() is deprecated in /srv/www/port-news/wp-includes/hooks.php"
                + " on line 88\nCranes worked through the night.\n\n"
                + "Strict Standards: Non-static method Gallery::options() should not be called statically in "
                + "/srv/www/port-news/wp-content/plugins/gallery/functions.php on line 301";

        assertThat(lines.filter(text))
                .isEqualTo("The river port at Termez handled more freight in March.\nCranes worked through the night.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Warning: the ice on the river is thin in March, and the ferry will not run on line 3.",
            "Notice: the office in /srv/port moves to the quay on line 2 of the tram, from Monday."})
    void shouldKeepLineWhenItOnlyOpensLikeADiagnosticOfTheServer(String line) {
        assertThat(lines.filter(line)).isEqualTo(line);
    }

    @Test
    void shouldDropAListOfOtherStoriesEachGivenWithItsDateAfterItsTitle() {
        String story = "The river port at Termez handled more freight in March than in any month before.";
        String text = story + "\n\n"
                + "Ferry line to Kerki reopens (12 Mar 08 | Transport )\n"
                + "Grain barges wait at the lock (9 Mar 08 | Transport )\n"
                + "New cranes arrive from Bremen (2 Mar 08 | Business )\n"
                + "Customs post extends its hours (27 Feb 08 | Business )";

        assertThat(lines.filter(text)).isEqualTo(story);
    }

    @Test
    void shouldDropAListOfOtherStoriesWithATeaserLineUnderEach() {
        String story = "The river port at Termez handled more freight in March than in any month before.";
        String text = story + "\n\n"
                + "Ferry line to Kerki reopens - 12 Mar, 2008\nBoats twice a week.\n\n"
                + "Grain barges wait at the lock - 09 Mar, 2008\nThe water is low.\n\n"
                + "New cranes arrive from Bremen - 02 Mar, 2008\nTwo of them, for containers.";

        assertThat(lines.filter(text)).isEqualTo(story);
    }

    @Test
    void shouldKeepTheTextsOwnLinesThatEndWithADateWhenTheyAreTooFewForAList() {
        String text = "The port's two stages opened a year apart.\n\n"
                + "The first berth opened - 12 Mar, 2007\nThe second berth opened - 14 Mar, 2008\n\n"
                + "A third is planned.";

        assertThat(lines.filter(text)).isEqualTo(text);
    }
}
