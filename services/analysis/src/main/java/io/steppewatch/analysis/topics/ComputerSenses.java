package io.steppewatch.analysis.topics;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Words;

/**
 * The English security words that a page about computers uses in a sense of its own: a virus or spam attack, a
 * server's security and its threats, a network's defence, a "war" on spammers, infected PCs called drones. On such a
 * page they are the trade's words, not a military or conflict story's, and an antivirus lab's weblog, an anti-spam
 * screensaver's fight with spammers or a file-sharing site's dispute with film studios were read as security on them
 * (open corpus, WikinewsSum part, round 53; its labellers give computer security no topic).
 *
 * <p>A page is about computers when at least {@link #MIN_SHARE_PER_MILLE} per mille of its words, and
 * {@link #MIN_DISTINCT} different ones, are words of computing ({@link #COMPUTER_WORDS}: virus, spam, server,
 * software...). There the matches of {@link #COMPUTER_SENSES} are dropped; every other term is kept, so hackers
 * arrested or an army's network stay with the words that name them. The words are counted only when such a match is
 * found. Immutable and thread-safe.
 */
final class ComputerSenses {

    static final int MIN_SHARE_PER_MILLE = 20;
    static final int MIN_DISTINCT = 5;
    /** Folded words of computing: malicious programs, mail and its abuse, machines, networks and programs. */
    static final Set<String> COMPUTER_WORDS = Set.of("virus", "viruses", "worm", "worms", "spam", "spammer",
            "spammers", "spamming", "malware", "trojan", "trojans", "phishing", "ddos", "hacker", "hackers", "hacking",
            "antivirus", "spyware", "adware", "botnet", "botnets", "software", "email", "emails", "website",
            "websites", "server", "servers", "pc", "pcs", "computer", "computers", "internet", "online", "windows",
            "browser", "browsers", "download", "downloads", "downloaded", "password", "passwords", "firewall",
            "firewalls", "patch", "patches", "vulnerability", "vulnerabilities", "exploit", "exploits", "bittorrent",
            "torrent", "torrents", "p2p", "web");
    /** The lexicon words with a sense in computing, as written; stemmed when the class loads. */
    private static final List<String> SENSES = List.of("attack", "attacks", "attacked", "security", "threat",
            "threats", "defense", "defence", "war", "drone", "drones");
    /** The words of this kind and their senses. */
    private static final PageSenses SENSES_OF_THE_PAGE = new PageSenses(COMPUTER_WORDS, SENSES, MIN_SHARE_PER_MILLE,
            MIN_DISTINCT);
    /** {@link #SENSES}, stemmed as the topic matcher reads them. */
    static final Set<String> COMPUTER_SENSES = SENSES_OF_THE_PAGE.senses();

    private ComputerSenses() {
    }

    /** See {@link PageSenses#without}. */
    static List<List<PhraseMatcher.Match<TopicLexicon.Term>>> without(
            List<PhraseMatcher.Match<TopicLexicon.Term>> titleMatches, List<Words.Word> title,
            List<PhraseMatcher.Match<TopicLexicon.Term>> bodyMatches, List<Words.Word> body, String language) {
        return SENSES_OF_THE_PAGE.without(titleMatches, title, bodyMatches, body, language);
    }

    /** Whether the words of this kind make {@link #MIN_SHARE_PER_MILLE} per mille of the page, {@link #MIN_DISTINCT} kinds. */
    static boolean computerPage(List<Words.Word> title, List<Words.Word> body) {
        return SENSES_OF_THE_PAGE.isPage(title, body);
    }
}
