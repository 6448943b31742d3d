package dev.mrt.tagging.taxonomy;

import java.util.Set;

/**
 * Closed-class words the extractors consult by position rather than by phrase match; all
 * stored as normalized (stemmed, case-folded) tokens.
 *
 * @param abbreviations   words whose trailing period does not end a sentence
 * @param determiners     words before a reference noun ("the call", "this decision")
 * @param licensors       words before "up"/"down"/"higher" that make them a market move ("settled", "was")
 * @param functionWords   words after "higher"/"lower" that keep them a move (not "higher tariffs")
 * @param coordinators    words joining listed assets ("and", ",")
 * @param background      words before a move or trigger that make it background ("after falling", "since")
 * @param contrast        words after which a later move of the same asset supersedes an earlier one
 * @param legs            words that say a move reversed or came in steps ("initially", "pared",
 *                        "before retreating"): opposite moves of one asset stated with one of
 *                        them are legs, both kept
 * @param superlatives    words that make a following history phrase the yardstick of a move of
 *                        today rather than the time of an old one ("highest since last year")
 * @param clauseBreaks    punctuation and words that end a clause
 * @param eventBackground words shortly before a trigger that make it a time reference ("since the election")
 * @param hypothetical    words shortly before a trigger that make it hypothetical ("would", "could")
 * @param passive         auxiliaries that put a transitive move word in the passive ("was hit")
 * @param counterparts    words that stand for a second leader ("Xi and his American counterpart")
 * @param invertedConditionals words that open a conditional sentence ("Should the ECB cut, ...")
 * @param officeTitles    nouns naming an office ("governor", "minister"): the object that makes
 *                        "fired", "named", "removed" a change of leadership
 * @param leaderTitles    nouns naming a head of state or government ("president", "premier",
 *                        "leaders"): with a country ("India's prime minister", "the leaders of
 *                        India and Canada") they stand for that country's leader
 * @param reportedIntent  modals that, right after a reporting verb, announce a decision rather
 *                        than speculate ("China said it would impose tariffs")
 * @param undoing         verbs whose object is an earlier move the reported one undid ("fell 5%,
 *                        erasing a rally", "gained, recovering part of a slide"): that earlier
 *                        move is background, not a note of its own
 */
public record Lexicon(
        Set<String> abbreviations,
        Set<String> determiners,
        Set<String> licensors,
        Set<String> functionWords,
        Set<String> coordinators,
        Set<String> background,
        Set<String> contrast,
        Set<String> legs,
        Set<String> superlatives,
        Set<String> clauseBreaks,
        Set<String> eventBackground,
        Set<String> hypothetical,
        Set<String> passive,
        Set<String> counterparts,
        Set<String> invertedConditionals,
        Set<String> officeTitles,
        Set<String> leaderTitles,
        Set<String> reportedIntent,
        Set<String> undoing) {}
