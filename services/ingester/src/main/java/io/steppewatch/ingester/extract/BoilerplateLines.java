package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops short paragraphs that are page furniture rather than prose: calls to share, comment or subscribe,
 * "related"/"read more" labels, tag lists, and lines that hold nothing but a date and a name. Only short
 * paragraphs are judged, so a sentence of the article that happens to start the same way is kept.
 */
final class BoilerplateLines {

    private static final int SHORT = 120;
    /** The lexicon of furniture in many languages, kept as data beside the patterns below. */
    private static final FurniturePhrases PHRASES = FurniturePhrases.standard();
    private static final Pattern FURNITURE = Pattern.compile(
            "(?iu)^(\\d+\\s+)?(comments?|share|share (this|on|via|with|article|story|it)\\b.*|subscribe\\b.*|advertisement|advertising"
                    + "|you may also like.*|you might also like.*|more:?|related( \\w+)?:.*|see also:?.*|read more\\b.*"
                    + "|read next\\b.*|also read:?.*|filed under\\b.*|tags?:.*|posted (on|in|by)\\b.*"
                    + "|(last )?updated\\b.*|(first )?published\\b.*|tell us what you think.*|like this (story|article)\\b.*"
                    + "|popular on\\b.*|most (read|popular)\\b.*|trending\\b.*|more great .*stories|click here\\b.*"
                    + "|this slideshow requires javascript.*|follow us\\b.*|reading time:?.*|tempo de leitura:?.*"
                    + "|skip (to|ad)\\b.*|close|print|email"
                    // The same furniture on Russian- and Uzbek-language sites (Uzbek in Latin and Cyrillic script).
                    + "|читайте также\\b.*|читать также\\b.*|также читайте\\b.*|по теме:.*|поделиться\\b.*"
                    + "|(подписывайтесь|подпишитесь)\\b.*|реклама|теги:.*|фото:.*"
                    + "|mavzuga oid\\b.*|shuningdek o\\S?qing\\b.*|yana o\\S?qing\\b.*|ulashish\\b.*|reklama|teglar:.*"
                    + "|мавзуга оид\\b.*|улашиш\\b.*"
                    + "|комментарии|новости по теме\\b.*|похожие (новости|статьи|материалы)\\b.*|смотрите также\\b.*"
                    + "|подробнее|batafsil|izohlar"
                    // Labels over related articles, comments and share bars, and filing lines, in the languages
                    // the feeds and the benchmarks carry most: English, German, French, Spanish, Polish.
                    + "|(table of )?contents|inhaltsverzeichnis|inhalt|sommaire|índice|spis treści|содержание|mundarija"
                    + "|don'?t miss\\b.*|want more\\b.*|more (from|stories|on this)( \\S+){0,4}|also: .*|recommended( for you)?"
                    + "|leave a (comment|reply)\\b.*|this entry was posted\\b.*|bookmark the permalink\\b.*|permalink"
                    + "|schon gelesen\\b.*|((das|dieses) )?(thema )?könnte (dich|sie) (auch )?interessieren\\b.*"
                    + "|auch interessant\\b.*"
                    + "|mehr zum thema\\b.*|zum weiterlesen\\b.*|weiterlesen|lesen sie auch\\b.*|lies auch\\b.*"
                    + "|(neueste|ähnliche|verwandte|weitere) (artikel|beiträge|nachrichten)\\b.*|weitere informationen"
                    + "|kommentare?( schreiben| verfassen)?|kommentar (schreiben|verfassen)\\b.*|(artikel )?teilen"
                    + "|möchten sie (den|diesen) artikel teilen\\b.*|dieser eintrag wurde veröffentlicht\\b.*"
                    + "|permanentlink|(à )?lire aussi\\b.*|voir aussi\\b.*|sur le même sujet\\b.*|partager\\b.*"
                    + "|commentaires?|permalien\\b.*|pour lire la suite\\b.*|audios? et vidéos sur le sujet"
                    + "|lee también\\b.*|leer más\\b.*|(también )?te puede interesar\\b.*|noticias relacionadas\\b.*"
                    + "|compartir\\b.*|comentarios?|czytaj (też|także|również)\\b.*|zobacz (też|także|również)\\b.*"
                    + "|ten tekst przeczytasz\\b.*|udostępnij\\b.*|komentarze?"
                    // A login prompt left where the comment form or the paid part would be.
                    + "|(you are|sie sind) (currently |aktuell |derzeit )?(not (logged|signed) in|nicht (eingeloggt|angemeldet)))"
                    // Trailing punctuation and symbols only: a non-word class would also let Cyrillic words through.
                    + "[^\\p{L}\\p{N}]*$");
    private static final Set<String> FURNITURE_FIRST_WORDS = Set.of(
            "comment", "comments", "share", "subscribe", "advertisement", "advertising", "you", "more", "related",
            "see", "read", "also", "filed", "tag", "tags", "posted", "last", "updated", "first", "published", "tell",
            "like", "popular", "most", "trending", "click", "this", "follow", "reading", "tempo", "skip", "close",
            "print", "email",
            "читайте", "читать", "также", "по", "поделиться", "подписывайтесь", "подпишитесь", "реклама", "теги",
            "фото", "mavzuga", "shuningdek", "yana", "ulashish", "reklama", "teglar", "мавзуга", "улашиш",
            "комментарии", "новости", "похожие", "смотрите", "подробнее", "batafsil", "izohlar",
            "table", "contents", "inhaltsverzeichnis", "inhalt", "sommaire", "índice", "spis", "содержание",
            "mundarija", "don", "want", "recommended", "leave", "bookmark", "permalink",
            "schon", "das", "dieses", "thema", "könnte", "auch", "mehr", "zum", "weiterlesen", "lesen", "lies",
            "neueste", "ähnliche", "verwandte", "weitere", "kommentar", "kommentare", "artikel", "teilen",
            "möchten", "dieser", "permanentlink", "à", "lire", "voir", "sur", "partager", "commentaire",
            "commentaires", "permalien", "pour", "audio", "audios", "lee", "leer", "te", "también", "noticias",
            "compartir", "comentario", "comentarios", "czytaj", "zobacz", "ten", "udostępnij", "komentarz",
            "komentarze", "sie");
    /** Wire-copy credits and follow/subscribe calls run longer than furniture but are just as foreign to the text. */
    private static final int MEDIUM = 300;
    /*
     * A credit line, in five shapes, each behind the word it cannot do without (see credit(String, String)): a
     * paragraph that has the word of one shape only is not tried against the others, whose leading wildcards are slow.
     */
    /** "Reporting by ...", "(Additional reporting by ...)", "Writing and editing by ...". */
    private static final Pattern CREDIT_BY = Pattern.compile(
            "(?iu)^\\(?(additional )?(reporting|writing|editing|research|compiled)( and \\w+)? by\\b.*");
    /** "... contributed reporting", "... contributed to this report". */
    private static final Pattern CREDIT_CONTRIBUTED = Pattern.compile(
            "(?iu).*\\bcontributed (reporting|research|to this (report|story|article))\\b.*");
    /** "Follow ... on Twitter", "Follow him on Twitter @...". */
    private static final Pattern CREDIT_FOLLOW = Pattern.compile(
            "(?iu)^follow\\b.*\\b(twitter|facebook|instagram|youtube|linkedin|telegram)\\b.*"
                    + "|.*\\bfollow (him|her|them|us|me) (on|at) (twitter|facebook|instagram|linkedin|telegram)\\b.*");
    /** An author's contact line: "She can be reached at ...". */
    private static final Pattern CREDIT_CONTACT = Pattern.compile(
            "(?iu).*\\b(can|may) be (reached|contacted) (at|by|on|via)\\b.*");
    /** Uzbek "subscribe" ("... kanaliga obuna bo'ling"). */
    private static final Pattern CREDIT_SUBSCRIBE = Pattern.compile("(?iu).*\\bobuna bo\\S?ling\\b.*");
    /**
     * Picture credits ("Foto: ...", "Titelbild: ...", "Crédits photos : ...") and advertising notices ("Anzeige",
     * "*Werbung", "contains affiliate links"): a line of their own, foreign to the text. A line naming the
     * article's sources stays: it cites them, as links to other sites do.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)\\W*(photos?|fotos?|bild|bilder|images?|titelbild|bildquelle|cr[ée]dits?( photos?)?|photo credits?"
                    + "|фото|beitragsbild|bildnachweis|symbolbild|symbolgrafik|titelfoto|image credits?)\\s*:.*"
                    // A credit's label with the site's or the shoot's name before the colon ("Photocredits BRAND: ...").
                    + "|\\W*photo ?credits?\\b[^:]{0,30}:.*"
                    + "|\\W*(anzeige|werbung|advertisement|sponsored)\\b.*"
                    // The site's licence note ("Content on this site is licensed CC-BY 4.0").
                    + "|.*\\b(cc[- ]by|creative commons)\\b.*"
                    + "|.*\\baffiliate[- ]links?\\b.*");
    private static final int MAX_CAPTION_CHARS = 250;
    private static final int MAX_HOLDER_CHARS = 70;
    private static final int MAX_AGENCY_CHARS = 80;
    /**
     * A picture's credit set inside the text as a line of its own: the holder's name after a copyright sign ("© Aigerim
     * Sadykova / Steppe Photo", "(c) Caspian Press"), a photographer and an agency ("D. Akhmetov/Anadolu Agency via Getty
     * Images"), or a caption that ends with its credit ("The terminal at dawn. | © Port of Aktau/Getty Images", "... am
     * Kai (Foto: Hafen Aktau)", "... the opening. Photo: T. Aliev/AFP", "..., fot. shutterstock").
     */
    private static final Pattern HOLDER = Pattern.compile("(?iu)[\\s(\\[*]{0,3}(©|\\(c\\))[^©!?]{2,60}");
    private static final String AGENCIES =
            "getty images|afp|dpa|reuters|ap|epa|imago|shutterstock|istock|picture[ -]alliance|adobe ?stock"
                    // Free picture libraries, named the same way under a picture ("Ansel Tan via Unsplash").
                    + "|unsplash|pixabay|pexels|wikimedia commons";
    private static final Pattern AGENCY = Pattern.compile(
            "(?iu)[^.!?]{2,70}(/|\\bvia )\\s*(" + AGENCIES + ")[\\s).]*");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?iu)(\\s\\|\\s*©[^|©]{2,60}"
                    + "|\\s\\((fotos?|photos?|bild|image|credit)\\s*:[^()]{2,60}\\)[\\s.]*"
                    + "|[.!?]\\s+(photo|foto|bild|image)\\s*:\\s*[^.!?]{2,60}"
                    + "|,\\s*fot\\.\\s*[^.!?]{2,40})$");
    private static final Set<String> ADVERTISING = Set.of("anzeige", "werbung", "advertisement", "sponsored");
    /**
     * A picture's caption after the control that zooms it ("Vergrößern Die Kamera im Display ...", "Zum Vergrößern
     * bitte anklicken", "Click to enlarge: ..."): a gallery's or a lightbox's label, set before or in place of the
     * caption. "Vergrößern Sie ..." (an instruction) and "Vergrößern sich ..." are sentences and stay.
     */
    private static final Pattern ZOOM_CAPTION = Pattern.compile(
            "(?iu)((bild|foto) )?vergrößern(?!\\s+(sie|du|ihr|wir|sich)\\b)([^\\p{L}].*)?|zum vergrößern\\b.*"
                    + "|(click|tap) (here |(on )?(the )?(image|photo|picture) )?to (enlarge|zoom)\\b.*"
                    + "|enlarge (this )?(image|photo|picture)\\b.*");
    /**
     * The notice of a placeholder left where an embedded post, video or map would load once the reader agrees to it
     * ("Klicken Sie auf die Schaltfläche, um das Video zu laden.", "... bauen ohne deine Zustimmung keine Verbindung
     * zu Instagram auf."): longer than the lexicon's short phrases, so told by what it asks (a click to load the
     * content) or says (no connection without consent).
     */
    private static final Pattern CONSENT_NOTICE = Pattern.compile(
            "(?iu)\\b(klick\\w*|button|schaltfläche)\\b.{0,60}\\bum (den|die|das) (externen? )?"
                    + "(inhalte?|video|karte|beitrag|tweet|post)\\b.{0,80}?\\b(zu laden|nachzuladen|anzuzeigen)\\b"
                    + "|\\bohne (dein|deine|ihr|ihre) (einverständnis|einwilligung|zustimmung)\\b.{0,40}"
                    + "\\bkeine verbindung (zu|mit)\\b"
                    + "|\\bclick\\b.{0,40}\\bto (load|show|display|view|unlock) (the|this) (external )?"
                    + "(content|video|tweet|post|map)\\b"
                    + "|\\b(not|never) (connect|load)\\b.{0,60}\\bwithout your (consent|permission)\\b");
    /**
     * A diagnostic that the site's PHP printed into the page ("Warning: Creating a default object from an empty value
     * in /srv/www/wp-includes/classes.php on line 40", "Strict Standards: Non-static method ..."): a line of the
     * server's, often several between the lines of the text.
     */
    private static final Pattern SERVER_DIAGNOSTIC = Pattern.compile(
            "\\s*(PHP )?(Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error)"
                    + "\\s*:\\s.{1,500}? in \\S+\\.(php\\d?|inc) on line \\d+\\.?\\s*");
    /**
     * News agencies whose name signs off a story, alone or after the editor's initials ("aja/PAP", "(SID)", "jk/dpa").
     */
    private static final Set<String> WIRES = Set.of(
            "afp", "ap", "apa", "dpa", "epd", "kna", "sid", "ots", "dts", "ddp", "reuters", "pap", "iar", "efe",
            "ansa", "ats", "sda", "belga", "anp", "ctk", "mti", "tass", "ria", "upi", "kabar");
    /** A sign-off runs to a few letters, or a few groups of them parted by slashes. */
    private static final int MAX_SIGN_OFF_CHARS = 24;
    private static final int MAX_INITIALS = 4;
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Set<String> CREDIT_FIRST_WORDS = Set.of(
            "photo", "photos", "foto", "fotos", "bild", "bilder", "image", "images", "titelbild", "bildquelle",
            "crédit", "crédits", "credit", "credits", "фото", "anzeige", "werbung", "advertisement", "sponsored",
            "beitragsbild", "bildnachweis", "symbolbild", "symbolgrafik", "titelfoto", "photocredit", "photocredits");
    /** The telltale words of a call to sign up, each a part of {@link #PROMO_WORD} that opens with a letter of its own. */
    private static final List<String> PROMO_WORDS = List.of(
            "newsletters?", "inbox", "subscribe", "sign up", "signing up", "signup", "delivered", "log in",
            "already a subscriber", "full story", "abonnieren", "abonniere", "abonnent\\w*",
            // Asking for support or an address, and the same calls in Spanish and French.
            "click here", "enter your email", "donate", "donation", "support(ing)? (our|independent) (work|journalism)",
            "help us", "suscr[ií]b\\w*", "abonnez-vous", "inscrivez-vous",
            "hier klicken", "klicke hier", "klicken sie hier", "cliquez ici", "haga clic aquí", "registrieren",
            "jetzt anmelden");
    private static final Pattern PROMO_WORD = Pattern.compile("(?iu)\\b(" + String.join("|", PROMO_WORDS) + ")\\b");
    /** The letters the words above open with, folded as {@link #PROMO_WORD} folds them (see {@link #fold}). */
    private static final boolean[] PROMO_OPENINGS = openings(PROMO_WORDS);
    /**
     * The notice that the site earns from the links in the post ("we may receive compensation", "IGN may get a
     * share of the sale", "erhalten wir eine Provision", "sogenannte Affiliate-Links", "von denen das Magazin eine
     * Provision erhält"): the site's small print, not the article.
     */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(?iu).*\\b((affiliate|referral)(( and/or \\w+| or \\w+| and \\w+)? |-)links?"
                    + "|(may|might|will|could) (receive|earn|get|make) (a )?(small )?(compensation|commission|a share)"
                    + "|advertising disclos\\w*|(erhalten|bekommen) wir (ggf\\. |gegebenenfalls |eine )*(kleine )?provision"
                    + "|(erhalten|bekommen) wir [^.!?]{0,60}\\beine (kleine )?provision"
                    + "|eine (kleine )?provision (erhält|erhalten|bekommt|bekommen))"
                    + "\\b.*");
    /**
     * A byline on a line of its own ("By Dana Ives -", "Von Anna Berg", "Por Agencia EFE"): the word for "by" and one
     * or two names of capitalised words (with the particles names carry), or an agency's initials. A heading such as
     * "By the numbers" or "Von Rechts wegen" has a lower-case word and stays.
     */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAME = "(" + NAME_WORD + "( (van|von|de|der|den|da|di|du|la|le|del|dos|bin|al|el|ibn|"
            + NAME_WORD + "))+|\\p{Lu}{2,}[\\p{Lu}\\p{N}-]*)";
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)(?i:by|von|par|por|door|av|przez|автор:?|текст:?|muallif:?)\\s+(?!(?i:the|a|an|this|our|my)\\b)" + NAME
                    + "(\\s*(,|and|und|et|y|i|и|&)\\s+" + NAME + ")?\\s*[-–—|,]?");
    private static final Set<String> BYLINE_FIRST_WORDS = Set.of(
            "by", "von", "par", "por", "door", "av", "przez", "автор", "текст", "muallif");
    /** Month names and stems, in the four groups {@link #MONTH} reads them in (see there). */
    private static final List<String> MONTH_STEMS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final List<String> FRENCH_MONTHS = List.of(
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre");
    private static final List<String> RUSSIAN_MONTH_STEMS = List.of(
            "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр");
    // Spanish, Portuguese, Italian, German, Uzbek and Polish names the stems above miss.
    private static final List<String> OTHER_MONTHS = List.of(
            "enero", "abril", "agosto", "setiembre", "diciembre", "janeiro", "fevereiro", "março", "maio", "setembro",
            "outubro", "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
            "dicembre", "märz", "mai", "oktober", "dezember", "yanvar", "fevral", "aprel", "iyun", "iyul", "avgust",
            "sentyabr", "oktyabr", "noyabr", "dekabr", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
            "lipca", "sierpnia", "września", "października", "listopada", "grudnia");
    private static final Pattern MONTH = Pattern.compile(
            "(?iu)\\b(" + String.join("|", MONTH_STEMS) + ")[a-z]*\\.?\\b"
                    + "|\\b(" + String.join("|", FRENCH_MONTHS) + ")\\b"
                    + "|\\b(" + String.join("|", RUSSIAN_MONTH_STEMS) + ")[а-я]*\\b"
                    + "|\\b(" + String.join("|", OTHER_MONTHS) + ")\\b");
    /**
     * The first two letters of every name above, folded as {@link #MONTH} folds them (see {@link #fold}), each pair
     * packed into a long, sorted: a line that opens no word with one of them names no month, and skips the pattern.
     */
    private static final long[] MONTH_OPENINGS = monthOpenings();
    /**
     * A WordPress shortcode the site failed to render ("[button link=...]Send us your review[/button]", "[caption
     * id=...]A photo of ...[/caption]"): a widget or a caption, never the text.
     */
    private static final Pattern SHORTCODE = Pattern.compile("(?s)\\[([a-z_]+)\\b[^\\]]*\\].*\\[/\\1\\]\\W*|\\[/?[a-z_]+\\b[^\\]]*\\]");
    private static final Pattern RIGHTS_RESERVED = Pattern.compile(
            "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|tutti i diritti riservati|все права защищены|barcha huquqlar himoyalangan"
                    + "|барча ҳуқуқлар ҳимояланган");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(©|copyright|\\(c\\))\\s*(©\\s*)?\\d{4}");
    /**
     * A short line that opens with a copyright mark and a year names the holder of the page ("© 2026 Steppe Wire",
     * "Copyright © 2026 The Caspian Times Company", "© Copyright 2026 ..."), whether or not it reserves all rights;
     * a wire's name alone after the mark ("© Reuters") has no year, and stays.
     */
    private static final Pattern DATED_NOTICE = Pattern.compile("(©|copyright|\\(c\\))\\s*(©|copyright|\\(c\\))?\\s*\\d{4}\\b");
    private static final int MAX_DATED_NOTICE_CHARS = 80;
    /**
     * The openings of the notice a blog template sets under every post on how to follow and answer it, by feed or by
     * trackback: WordPress's "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a
     * response, or trackback from your own site." (or "You can skip to the end and leave a response."), and the older
     * "The URI to TrackBack this entry is:". The template's words, never the post's.
     */
    private static final List<String> RESPONSES_NOTICES = List.of(
            "you can follow any responses to this entry", "you can skip to the end and leave a response",
            "the uri to trackback this entry", "the url to trackback this entry");
    private static final Pattern SITE = Pattern.compile(
            "\\b(this|our) (site|website)\\b|\\bdiese[rs]? (website|seite|webseite)\\b|\\bce site\\b|\\beste sitio\\b"
                    + "|материал\\p{L}* (сайта|сайте)");
    private static final int BIO_PARAGRAPHS = 2;
    private static final int MAX_BIO_CHARS = 700;
    private static final Pattern BIO_VERB = Pattern.compile(
            "(?iu) (is|was|ist|war|est|es|è|jest|—|–) (a|an|the|ein|eine|un|une|una|uno|\\p{Lu}\\S*'s|\\S+ (writer|reporter|editor|journalist|author))\\b");
    /** Weekday names, which a date line often carries ("sexta-feira, 22 de outubro"): no more words than the date. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?iu)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
                    + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
                    + "|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça"
                    + "|quarta|quinta|sexta|feira|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
                    + "|dushanba|seshanba|chorshanba|payshanba|juma|shanba|yakshanba)\\b");
    /**
     * The label of a line that says when something takes place or is due rather than when the page was written: an
     * event's date ("Termin: 29.02.2020, 19 Uhr", "Hora: 8:00 p.m."), a closing date ("Einsendeschluss: 3.11.2019") or
     * an offer's period ("Aktionszeitraum: 21.10. – 27.10.2019"). Such a line is the article's, however short.
     */
    private static final Pattern WHEN_LABEL = Pattern.compile(
            "(?iu)\\W*((?!determine)\\p{L}*termine?|\\p{L}*zeitraum|(einsende|anmelde|bewerbungs|melde|annahme)schluss"
                    + "|anmeldefrist|uhrzeit|beginn|deadline|when|date and time|time and place|venue and time|hora|horario"
                    + "|fecha y hora|quand|horaires?|date et heure|ora|orario|quando|godzina|kiedy|когда|время"
                    + "|дата проведения|начало)\\b\\s*:?.*");
    /**
     * A line that ends with a date set after its words, as a list of other stories gives each story ("Talks resume in
     * Astana (31 Dec 07 | Asia )", "Port opens new terminal - 09 Nov, 2007", "... | 2007-11-09"): the date after a
     * dash or a bar, or in brackets with the section beside it. Matched against a line's end only.
     */
    private static final String ENGLISH_MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATED_END = Pattern.compile(
            "(?iu)(\\s[-–|]\\s*|\\s\\(\\s*)(\\p{L}+day,?\\s+)?"
                    + "(\\d{1,2}\\s+" + ENGLISH_MONTH + ",?\\s+\\d{2,4}|" + ENGLISH_MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{1,4}[-./]\\d{1,2}[-./]\\d{2,4})"
                    + "(\\s*\\|\\s*[^()|]{1,40})?\\s*\\)?\\s*$");
    /** A story's title and date in such a list: longer is a sentence of the text that ends with a date. */
    private static final int MAX_DATED_LINE_CHARS = 150;
    /** A title of a word or two and a date: shorter is a date alone. */
    private static final int MIN_DATED_LINE_CHARS = 12;
    /** What is read of a line's end for its date: the date and a section's name beside it. */
    private static final int DATED_TAIL_CHARS = 70;
    /** How many dated lines make a list of other stories: one or two are a timeline's or a text's own dates. */
    private static final int MIN_DATED_LINES = 3;
    /** The teaser line under each story of such a list: longer is text. */
    private static final int MAX_TEASER_CHARS = 120;
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{2,}");

    String filter(String text) {
        if (text.isEmpty()) {
            return text;
        }
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            // Paragraphs are separated by exactly one blank line (see TextRenderer).
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            paragraphs.add(text.substring(start, end));
            start = end + 2;
        }
        return filter(paragraphs);
    }

    /**
     * The same for a text given as its paragraphs, as {@link TextRenderer#paragraphs} lists them: the extractor's text
     * is not joined only to be split here again.
     */
    String filter(List<String> paragraphs) {
        paragraphs = withoutDatedLists(paragraphs);
        int chars = 0;
        for (String paragraph : paragraphs) {
            chars += paragraph.length() + 2;
        }
        StringBuilder kept = new StringBuilder(chars);
        int last = paragraphs.size() - 1;
        for (int i = 0; i <= last; i++) {
            String paragraph = paragraphs.get(i);
            boolean drop = drops(paragraph, i == last);
            if (!drop && paragraph.contains(" on line ")) {
                paragraph = withoutServerDiagnostics(paragraph);
                drop = paragraph.isEmpty();
            }
            if (!drop) {
                String lines = paragraph.indexOf('\n') < 0 ? paragraph : withoutPictureCredits(paragraph, i == last);
                if (!lines.isEmpty()) {
                    if (!kept.isEmpty()) {
                        kept.append("\n\n");
                    }
                    kept.append(lines);
                }
            }
        }
        withoutClosingCalls(kept);
        return kept.toString();
    }

    /**
     * The paragraphs without the lists of other stories that old news templates set under the article, a story a
     * line, each with its date after its title ("Talks resume in Astana (31 Dec 07 | Asia )"), often with a teaser
     * line under each ("Port opens new terminal - 09 Nov, 2007" / "A second berth by spring."): three or more such
     * lines, each at most one short line from the next, go with the lines between them, and so does the short line
     * that closes a paragraph opened by the last of them (its teaser). The list itself when it holds none.
     */
    static List<String> withoutDatedLists(List<String> paragraphs) {
        if (!holdsDatedLine(paragraphs)) {
            return paragraphs;
        }
        // Every line of the text, with the paragraph it belongs to: only on the few texts that hold a dated line.
        List<String> lines = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String line : paragraphs.get(p).split("\n", -1)) {
                lines.add(line);
                owners.add(p);
            }
        }
        // holdsDatedLine found one, so at least one line is dated.
        boolean[] dated = new boolean[lines.size()];
        for (int i = 0; i < dated.length; i++) {
            dated[i] = datedLine(lines.get(i));
        }
        boolean[] dropped = new boolean[lines.size()];
        boolean anyDropped = false;
        for (int i = 0; i < dated.length; i++) {
            if (!dated[i]) {
                continue;
            }
            int last = i;
            int found = 1;
            // The next dated line, past at most one short line (a teaser).
            while (true) {
                int next = last + 1;
                if (next < dated.length && !dated[next] && lines.get(next).strip().length() <= MAX_TEASER_CHARS) {
                    next++;
                }
                if (next < dated.length && dated[next]) {
                    last = next;
                    found++;
                } else {
                    break;
                }
            }
            if (found >= MIN_DATED_LINES) {
                int end = last;
                // The last story's teaser, when the paragraph its dated line opens ends with it.
                if (end + 1 < lines.size() && owners.get(end + 1).equals(owners.get(last))
                        && (end + 2 == lines.size() || !owners.get(end + 2).equals(owners.get(last)))
                        && lines.get(end + 1).strip().length() <= MAX_TEASER_CHARS
                        && (last == 0 || !owners.get(last - 1).equals(owners.get(last)))) {
                    end++;
                }
                for (int k = i; k <= end; k++) {
                    dropped[k] = true;
                }
                anyDropped = true;
            }
            i = last;
        }
        if (!anyDropped) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        StringBuilder current = new StringBuilder();
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !owners.get(i).equals(owners.get(i - 1))) {
                if (started) {
                    kept.add(current.toString());
                }
                current.setLength(0);
                started = false;
            }
            if (!dropped[i]) {
                if (started) {
                    current.append('\n');
                }
                current.append(lines.get(i));
                started = true;
            }
        }
        if (started) {
            kept.add(current.toString());
        }
        return kept;
    }

    /** Whether any line of the text is a dated line, read in place: most texts hold none, and are not split. */
    private static boolean holdsDatedLine(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            int start = 0;
            while (start <= paragraph.length()) {
                int end = paragraph.indexOf('\n', start);
                if (end < 0) {
                    end = paragraph.length();
                }
                if (mayBeDated(paragraph, start, end) && datedLine(paragraph.substring(start, end))) {
                    return true;
                }
                start = end + 1;
            }
        }
        return false;
    }

    /**
     * Whether the line from {@code start} to {@code end} of {@code text} is of a dated line's length and has a digit
     * near its end: a line without one is spared the pattern.
     */
    private static boolean mayBeDated(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_DATED_LINE_CHARS || length < MIN_DATED_LINE_CHARS) {
            return false;
        }
        for (int i = Math.max(start, end - DATED_TAIL_CHARS); i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line is a story's title and its date, as a list of other stories sets them (see {@link #DATED_END}). */
    static boolean datedLine(String line) {
        int length = line.length();
        if (!mayBeDated(line, 0, length)) {
            return false;
        }
        int from = Math.max(0, length - DATED_TAIL_CHARS);
        Matcher matcher = DATED_END.matcher(line).region(from, length);
        // The title before the date: a line that is only a date and a name is a date line, judged elsewhere.
        return matcher.find() && WORD.matcher(line.substring(0, matcher.start())).find();
    }

    /**
     * Whether the filter drops the paragraph whole, by its own words (the lines of server diagnostics aside, and the
     * calls to subscribe that close a text, which depend on where they stand).
     */
    static boolean drops(String paragraph, boolean lastParagraph) {
        // In lower case once for the four checks below that read it so, rather than once in each; every check
        // that reads it asks for a paragraph of MEDIUM characters or less.
        String lower = paragraph.length() <= MEDIUM ? paragraph.toLowerCase(Locale.ROOT) : null;
        return paragraph.length() <= SHORT && (furniture(paragraph) || dateLine(paragraph)
                || creditLine(paragraph, lower) || byline(paragraph) || signOff(paragraph)
                || PHRASES.matches(paragraph))
                || lower != null && (creditOrPromotion(paragraph, lower) || shortcode(paragraph)
                || consentNotice(paragraph, lower) || pictureCredit(paragraph, lower, lastParagraph)
                || responsesNotice(lower))
                || zoomCaption(paragraph);
    }

    /**
     * A paragraph whose lines a page broke with {@code <br>} loses the lines that credit a picture (a caption's
     * credit under it, "(c) Caspian Press", "Beitragsbild: ..."), and the copyright notice that pages written in
     * {@code <br>} lines end the story with ("Copyright (c) Caspian Press 2026, All Rights Reserved."), as a
     * paragraph of its own would be dropped.
     */
    private static String withoutPictureCredits(String paragraph, boolean lastParagraph) {
        StringBuilder kept = null;
        int start = 0;
        int n = paragraph.length();
        while (start <= n) {
            int end = paragraph.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = paragraph.substring(start, end);
            String lower = line.length() <= MAX_CAPTION_CHARS ? line.toLowerCase(Locale.ROOT) : null;
            // Only credits: a line that opens with "Werbung" or "Anzeige" inside a paragraph may be an item of a list.
            boolean credit = line.length() <= SHORT && creditLine(line, lower)
                    && !ADVERTISING.contains(firstLetters(lower))
                    || lower != null && (pictureCredit(line, lower, lastParagraph && end == n)
                    || copyrightNotice(lower));
            if (credit && kept == null) {
                kept = new StringBuilder(n).append(paragraph, 0, Math.max(0, start - 1));
            } else if (!credit && kept != null) {
                if (!kept.isEmpty()) {
                    kept.append('\n');
                }
                kept.append(line);
            }
            start = end + 1;
        }
        return kept == null ? paragraph : kept.toString();
    }

    /** The paragraph without the lines that are the server's diagnostics (see {@link #SERVER_DIAGNOSTIC}). */
    static String withoutServerDiagnostics(String paragraph) {
        StringBuilder kept = new StringBuilder(paragraph.length());
        for (String line : paragraph.split("\n", -1)) {
            if (!(line.contains(" on line ") && SERVER_DIAGNOSTIC.matcher(line).matches())) {
                if (!kept.isEmpty()) {
                    kept.append('\n');
                }
                kept.append(line);
            }
        }
        return kept.toString().strip().isEmpty() ? "" : kept.toString();
    }

    /** Drops the calls to subscribe or follow that close the text, keeping at least its first paragraph. */
    private static void withoutClosingCalls(StringBuilder kept) {
        for (int looked = 0; looked < FurniturePhrases.CLOSING_PARAGRAPHS; looked++) {
            int start = kept.lastIndexOf("\n\n");
            if (start < 0 || kept.length() - start - 2 > FurniturePhrases.MAX_CALL_CHARS
                    || !PHRASES.calls(kept.substring(start + 2))) {
                return;
            }
            kept.setLength(start);
        }
    }

    static boolean furniture(String paragraph) {
        return FURNITURE_FIRST_WORDS.contains(firstWord(paragraph)) && FURNITURE.matcher(paragraph.strip()).matches();
    }

    /**
     * Drops the author's bio from the end of the text: one of its last two paragraphs that opens with the author's
     * name, or first name, and says who they are ("Dana Ives is a reporter ...", "Dana ist Redakteurin ...").
     * Without a known author the text is returned as it is.
     */
    static String withoutAuthorBio(String text, String author) {
        if (author == null || author.isBlank() || text.isEmpty()) {
            return text;
        }
        String name = author.strip();
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        int end = text.length();
        for (int looked = 0; looked < BIO_PARAGRAPHS && end > 0; looked++) {
            int start = text.lastIndexOf("\n\n", end - 1);
            int from = start < 0 ? 0 : start + 2;
            String paragraph = text.substring(from, end);
            if (paragraph.length() <= MAX_BIO_CHARS && (introduces(paragraph, name) || introduces(paragraph, first))) {
                return (start < 0 ? "" : text.substring(0, start)) + text.substring(end);
            }
            end = start < 0 ? 0 : start;
        }
        return text;
    }

    private static boolean introduces(String paragraph, String name) {
        return name.length() >= 2 && paragraph.startsWith(name)
                && BIO_VERB.matcher(paragraph).region(name.length(), paragraph.length()).lookingAt();
    }

    /**
     * A story's sign-off on a line of its own: the agency it came from and the initials of whoever edited it
     * ("aja/PAP", "(SID)", "(dr/spot)"). Words parted by slashes without an agency or brackets ("act/behave") are
     * text; so is an agency named in a sentence.
     */
    static boolean signOff(String paragraph) {
        String line = paragraph.strip();
        if (line.length() < 2 || line.length() > MAX_SIGN_OFF_CHARS) {
            return false;
        }
        boolean bracketed = line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')';
        if (bracketed) {
            line = line.substring(1, line.length() - 1).strip();
        }
        String[] parts = SLASH.split(line, -1);
        boolean wire = false;
        boolean initials = true;
        for (String part : parts) {
            if (part.isEmpty() || !part.chars().allMatch(Character::isLetter)) {
                return false;
            }
            boolean isWire = WIRES.contains(part.toLowerCase(Locale.ROOT));
            wire |= isWire;
            // Initials are written small ("aja", "dr"); a word set large is a name or an acronym.
            initials &= isWire || part.length() <= MAX_INITIALS && part.equals(part.toLowerCase(Locale.ROOT));
        }
        if (!initials) {
            return false;
        }
        // Unbracketed, only editor's initials and a wire after them: "aja/PAP", not a bare "AP" or "act/behave".
        return bracketed
                || wire && parts.length > 1 && WIRES.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether the paragraph, in lower case, opens with one of {@link #RESPONSES_NOTICES}. */
    static boolean responsesNotice(String lower) {
        String line = lower.stripLeading();
        if (!line.startsWith("you can ") && !line.startsWith("the ur")) {
            return false;
        }
        for (String notice : RESPONSES_NOTICES) {
            if (line.startsWith(notice)) {
                return true;
            }
        }
        return false;
    }

    static boolean shortcode(String paragraph) {
        return paragraph.startsWith("[") && SHORTCODE.matcher(paragraph).matches();
    }

    static boolean byline(String paragraph) {
        return BYLINE_FIRST_WORDS.contains(firstWord(paragraph)) && BYLINE.matcher(paragraph.strip()).matches();
    }

    static boolean creditLine(String paragraph) {
        return creditLine(paragraph, paragraph.toLowerCase(Locale.ROOT));
    }

    private static boolean creditLine(String paragraph, String lower) {
        return (CREDIT_FIRST_WORDS.contains(firstLetters(lower)) || lower.contains("affiliate")
                || lower.contains("cc-by") || lower.contains("cc by") || lower.contains("creative commons"))
                && CREDIT_LINE.matcher(paragraph.strip()).matches();
    }

    /**
     * A picture's credit inside the text (see {@link #HOLDER}). A copyright line that ends the text is left: there it
     * names the wire the article came from ("© Reuters"), as a source line does (the 88 shared pages' annotators keep
     * it as text).
     */
    static boolean pictureCredit(String paragraph, boolean last) {
        return paragraph.length() <= MAX_CAPTION_CHARS
                && pictureCredit(paragraph, paragraph.toLowerCase(Locale.ROOT), last);
    }

    /** The same, given the paragraph in lower case ({@code paragraphLower}). */
    private static boolean pictureCredit(String paragraph, String paragraphLower, boolean last) {
        if (paragraph.length() > MAX_CAPTION_CHARS) {
            return false;
        }
        String line = paragraph.strip();
        boolean sign = line.indexOf('©') >= 0;
        // strip() gives the paragraph itself back when it has no white space at either end, as the renderer's have not.
        String lower = line == paragraph ? paragraphLower : line.toLowerCase(Locale.ROOT);
        if (!last && (sign || lower.contains("(c)")) && line.length() <= MAX_HOLDER_CHARS && !line.contains(". ")
                && HOLDER.matcher(line).matches()) {
            return true;
        }
        if (line.length() <= MAX_AGENCY_CHARS && (line.indexOf('/') >= 0 || lower.contains(" via "))
                && AGENCY.matcher(line).matches()) {
            return true;
        }
        return (sign || lower.contains("foto") || lower.contains("photo") || lower.contains("bild")
                || lower.contains("image") || lower.contains("credit") || lower.contains("fot."))
                && CAPTION_CREDIT.matcher(line).find();
    }

    /** A caption after the control that zooms its picture, or the control alone (see {@link #ZOOM_CAPTION}). */
    static boolean zoomCaption(String paragraph) {
        if (paragraph.length() > MAX_CAPTION_CHARS) {
            return false;
        }
        String first = firstWord(paragraph);
        return (first.equals("vergrößern") || first.equals("bild") || first.equals("foto") || first.equals("zum")
                || first.equals("click") || first.equals("tap") || first.equals("enlarge"))
                && ZOOM_CAPTION.matcher(paragraph.strip()).matches();
    }

    /** The notice of a placeholder for an embed that loads once the reader agrees (see {@link #CONSENT_NOTICE}). */
    static boolean consentNotice(String paragraph) {
        return consentNotice(paragraph, paragraph.toLowerCase(Locale.ROOT));
    }

    private static boolean consentNotice(String paragraph, String lower) {
        return (lower.contains("klick") || lower.contains("button") || lower.contains("schaltfläche")
                || lower.contains("verbindung") || lower.contains("click") || lower.contains("without your"))
                && CONSENT_NOTICE.matcher(paragraph).find();
    }

    /** The first run of letters, whatever comes before it ("(Foto: ...)", "*Werbung"). */
    private static String firstLetters(String lower) {
        int i = 0;
        int n = lower.length();
        while (i < n && !Character.isLetter(lower.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(lower.charAt(i))) {
            i++;
        }
        return lower.substring(start, i);
    }

    /** The first word after any leading number, in lower case: furniture always starts with one of a few words. */
    private static String firstWord(String paragraph) {
        int i = 0;
        int n = paragraph.length();
        while (i < n && (Character.isWhitespace(paragraph.charAt(i)) || Character.isDigit(paragraph.charAt(i)))) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(paragraph.charAt(i))) {
            i++;
        }
        return paragraph.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static boolean creditOrPromotion(String paragraph, String lower) {
        return credit(paragraph, lower) || promotion(paragraph, lower) || disclosure(paragraph, lower)
                || copyrightNotice(lower);
    }

    /**
     * The site's copyright notice: opening with a copyright sign, or carrying one with a year, and reserving all
     * rights or speaking of the site; or a short line opening with the sign and a year (see {@link #DATED_NOTICE}); or
     * the wire's notice that the material may not be published or broadcast again, with the sign or without it.
     * A sentence about copyright ("copyright (all rights reserved) and ...") stays.
     */
    static boolean copyrightNotice(String lower) {
        if (lower.contains("material may not be published, broadcast")) {
            // The wire's notice under a story, with or without the mark: "All rights reserved. This material may not
            // be published, broadcast, rewritten or redistributed."
            return true;
        }
        if (!lower.contains("©") && !lower.contains("copyright") && !lower.contains("(c)")) {
            return false;
        }
        String line = lower.strip();
        boolean opens = line.startsWith("©") || line.startsWith("copyright") || line.startsWith("(c)");
        if (opens && line.length() <= MAX_DATED_NOTICE_CHARS && DATED_NOTICE.matcher(line).lookingAt()) {
            return true;
        }
        boolean notice = opens || COPYRIGHT_YEAR.matcher(line).find();
        return notice && (RIGHTS_RESERVED.matcher(line).find() || SITE.matcher(line).find());
    }

    static boolean disclosure(String paragraph) {
        return disclosure(paragraph, paragraph.toLowerCase(Locale.ROOT));
    }

    private static boolean disclosure(String paragraph, String lower) {
        if (!lower.contains("affiliate") && !lower.contains("referral") && !lower.contains("compensation")
                && !lower.contains("commission") && !lower.contains("a share") && !lower.contains("disclos")
                && !lower.contains("provision")) {
            return false;
        }
        return DISCLOSURE.matcher(paragraph.strip()).matches();
    }

    static boolean credit(String paragraph) {
        return credit(paragraph, paragraph.toLowerCase(Locale.ROOT));
    }

    private static boolean credit(String paragraph, String lower) {
        // Every credit names its author after " by", says "contributed", has "follow" or asks to subscribe
        // ("obuna"): a cheap test per shape spares most paragraphs its pattern, and a paragraph that passes one test
        // ("following" is common) meets that shape's pattern alone. " by" is common in prose; the pattern wants it
        // only after a credit's opening word ("Reporting by").
        return lower.contains(" by") && opensLikeCredit(paragraph) && CREDIT_BY.matcher(paragraph.strip()).matches()
                || lower.contains("contributed") && CREDIT_CONTRIBUTED.matcher(paragraph.strip()).matches()
                || lower.contains("follow") && CREDIT_FOLLOW.matcher(paragraph.strip()).matches()
                || (lower.contains(" be reached") || lower.contains(" be contacted"))
                && CREDIT_CONTACT.matcher(paragraph.strip()).matches()
                || lower.contains("obuna") && CREDIT_SUBSCRIBE.matcher(paragraph.strip()).matches();
    }

    /**
     * Whether the paragraph, past its leading white space and an opening parenthesis, starts with a letter that one of
     * the credit's opening words ("additional", "reporting", "writing", "editing", "research", "compiled") starts
     * with, in either case; any other letter than ASCII is let through, for the pattern to judge.
     */
    private static boolean opensLikeCredit(String paragraph) {
        int i = 0;
        int n = paragraph.length();
        while (i < n && Character.isWhitespace(paragraph.charAt(i))) {
            i++;
        }
        if (i < n && paragraph.charAt(i) == '(') {
            i++;
        }
        if (i == n) {
            return false;
        }
        char c = paragraph.charAt(i);
        return c >= 0x80 || "arwecARWEC".indexOf(c) >= 0;
    }

    /** A call to sign up for something: two or more of its telltale words in one short paragraph. */
    static boolean promotion(String paragraph) {
        return promotion(paragraph, paragraph.toLowerCase(Locale.ROOT));
    }

    private static boolean promotion(String paragraph, String lower) {
        if (!lower.contains("newsletter") && !lower.contains("inbox") && !lower.contains("subscri")
                && !lower.contains("sign") && !lower.contains("delivered") && !lower.contains("abonn")
                && !lower.contains("click here") && !lower.contains("email") && !lower.contains("donat")
                && !lower.contains("support") && !lower.contains("help us") && !lower.contains("suscr")
                && !lower.contains("inscri") && !lower.contains("klick") && !lower.contains("clic")
                && !lower.contains("registrieren") && !lower.contains("anmelden")) {
            return false;
        }
        return promoWords(paragraph) >= 2;
    }

    /**
     * How many of {@link #PROMO_WORD}'s words the paragraph holds, counted as repeated finds would count them, up to
     * two. The pattern is tried only where a word opens with one of their letters: a find tries its whole alternation
     * at every position of the paragraph, which cost more than the rest of the line checks.
     */
    static int promoWords(String paragraph) {
        Matcher words = PROMO_WORD.matcher(paragraph).useTransparentBounds(true).useAnchoringBounds(false);
        int n = paragraph.length();
        int count = 0;
        int i = 0;
        while (i < n && count < 2) {
            // The pattern wants a word's start there: no letter, digit or underscore before it.
            if ((i == 0 || !wordChar(paragraph.charAt(i - 1))) && opensPromoWord(paragraph.charAt(i))
                    && words.region(i, n).lookingAt()) {
                count++;
                i = words.end();
            } else {
                i++;
            }
        }
        return count;
    }

    private static boolean opensPromoWord(char c) {
        int folded = fold(c);
        return c < PROMO_OPENINGS.length && PROMO_OPENINGS[c]
                || folded < PROMO_OPENINGS.length && PROMO_OPENINGS[folded];
    }

    /** Which ASCII letters the words open with, folded; each word must open with a letter that it cannot skip. */
    private static boolean[] openings(List<String> words) {
        boolean[] openings = new boolean[128];
        for (String word : words) {
            char first = word.charAt(0);
            int folded = fold(first);
            if (folded >= openings.length || !Character.isLetter(first) || "?*+{".indexOf(word.charAt(1)) >= 0) {
                throw new IllegalStateException("a promotion word must open with an ASCII letter: " + word);
            }
            openings[folded] = true;
        }
        return openings;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A line built around a date or time with at most a few other words: a timestamp, maybe with a byline. */
    static boolean dateLine(String paragraph) {
        String line = paragraph.strip();
        // "— Name (@handle) March 3, 2026" signs a quoted post, whose text the article keeps.
        if (line.length() > 80 || !hasDigit(line) || line.contains("(@")) {
            // Each way of writing a date or a time below needs a digit; a month name alone is not a date.
            return false;
        }
        // A numeric date needs one of its separators and a time its colon: lines without them skip those patterns.
        boolean separated = line.indexOf('-') >= 0 || line.indexOf('.') >= 0 || line.indexOf('/') >= 0;
        boolean colon = line.indexOf(':') >= 0;
        boolean month = mayNameMonth(line);
        boolean dated = separated && NUMERIC_DATE.matcher(line).find() || colon && TIME.matcher(line).find()
                || month && namesMonth(line);
        if (!dated) {
            return false;
        }
        String rest = month ? MONTH.matcher(line).replaceAll(" ") : line;
        rest = separated ? NUMERIC_DATE.matcher(rest).replaceAll(" ") : rest;
        rest = colon ? TIME.matcher(rest).replaceAll(" ") : rest;
        rest = WEEKDAY.matcher(rest).replaceAll(" ");
        var words = WORD.matcher(rest);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count <= 3 && !WHEN_LABEL.matcher(line).matches();
    }

    /**
     * Whether {@link #MONTH} may find a month in the line: some word of it opens with the first two letters of a name
     * it knows, compared as the pattern compares them. Never false where the pattern finds one, and a scan of the
     * line's characters is far cheaper than the pattern, which tries its whole alternation at every position; most
     * short lines with a digit name no month.
     */
    static boolean mayNameMonth(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            if (opensLikeMonth(line, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #MONTH} finds a month in the line, the pattern tried only where a word opens like a month's name
     * (as {@link #mayNameMonth} looks for one) rather than at every position: every name the pattern knows starts a
     * word, so a match can start nowhere else. Short words such as "de", "ma" or "no" open like one in most lines of
     * prose, where the pattern, tried at every position, cost more than the rest of the date check.
     */
    static boolean namesMonth(String line) {
        Matcher matcher = null;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (!opensLikeMonth(line, i)) {
                continue;
            }
            if (matcher == null) {
                // Transparent bounds: the word boundary the pattern opens with sees the character before the region.
                matcher = MONTH.matcher(line).useTransparentBounds(true);
            }
            matcher.region(i, line.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the line starts at {@code i} with the first two letters of a month's name (see above). */
    private static boolean opensLikeMonth(String line, int i) {
        // The pattern wants a word's start: no letter, digit or underscore before it.
        if (i > 0 && wordChar(line.charAt(i - 1))) {
            return false;
        }
        int first = line.charAt(i);
        int second = line.charAt(i + 1);
        int foldedFirst = fold(first);
        int foldedSecond = fold(second);
        // The pattern takes a character as it is or folded, each on its own.
        return opensMonth(foldedFirst, foldedSecond) || (first != foldedFirst || second != foldedSecond)
                && (opensMonth(first, second) || opensMonth(first, foldedSecond) || opensMonth(foldedFirst, second));
    }

    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean opensMonth(int first, int second) {
        return Arrays.binarySearch(MONTH_OPENINGS, pair(first, second)) >= 0;
    }

    private static long[] monthOpenings() {
        long[] openings = new long[0];
        for (List<String> names : List.of(MONTH_STEMS, FRENCH_MONTHS, RUSSIAN_MONTH_STEMS, OTHER_MONTHS)) {
            for (String name : names) {
                openings = Arrays.copyOf(openings, openings.length + 1);
                openings[openings.length - 1] = pair(fold(name.charAt(0)), fold(name.charAt(1)));
            }
        }
        Arrays.sort(openings);
        return openings;
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second;
    }

    /**
     * A character as a pattern with CASE_INSENSITIVE and UNICODE_CASE folds it, and the letters of its literals with
     * it: upper case, then lower case.
     */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
