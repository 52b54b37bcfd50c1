/**
 * Lists of advice, narrowed: plain functions over causes, steps and commands, with no knowledge loaded (explain's
 * status path uses them and must stay cheap). Which tags the facts rule out is ruledOutTag's business.
 */
import type { AdviceTag, AdviceText, IAdviceItem } from "../knowledge/doc/IKnowledgeEntry";
import { contentWords, wordsSayTheSame } from "./sameAdvice";

/** A cause, step or command on its way into a diagnosis: its text (the key for repeats), tags, topic and value. */
export interface IAdviceCandidate<T> {
    text: string;
    tags?: AdviceTag[];
    topic?: string;
    value: T;
}

/** A cause or step as an item: plain text has no tags and no topic. */
export function adviceItem(advice: AdviceText): IAdviceItem {
    return typeof advice === "string" ? { text: advice } : advice;
}

/** The words of a cause or step, without its tags. */
export function adviceText(advice: AdviceText): string {
    return typeof advice === "string" ? advice : advice.text;
}

/** A cause or step as a candidate whose value is its text. */
export function textCandidate(advice: AdviceText): IAdviceCandidate<string> {
    const item = adviceItem(advice);
    return { text: item.text, tags: item.tags, topic: item.topic, value: item.text };
}

/**
 * Narrow a list of advice to what fits: leave out what the facts rule out, then repeats (the same text, a text that
 * says the same in other words, or a topic already covered by an earlier item or by the caution shown), then
 * everything past the limit.
 * @param candidates the advice, most specific first
 * @param fits whether an item's tags fit the facts (explain, which has no facts, keeps every item)
 * @param limit how many to keep
 * @param coveredTopic the topic the caution already covers, if any
 * @returns the values kept, in order
 */
export function narrowAdvice<T>(candidates: Array<IAdviceCandidate<T>>, fits: (tags?: AdviceTag[]) => boolean, limit: number,
    coveredTopic?: string): T[] {
    const seen = new Set<string>(coveredTopic == null ? [] : [`topic:${coveredTopic}`]);
    const keptWords: Array<Set<string>> = [];
    const kept: T[] = [];
    for (const candidate of candidates) {
        const keys = [`text:${candidate.text.toLowerCase()}`, ...(candidate.topic == null ? [] : [`topic:${candidate.topic}`])];
        if (kept.length >= limit || !fits(candidate.tags) || keys.some((key) => seen.has(key))) {
            continue;
        }
        const words = contentWords(candidate.text);
        if (!keptWords.some((earlier) => wordsSayTheSame(earlier, words))) {
            keys.forEach((key) => seen.add(key));
            keptWords.push(words);
            kept.push(candidate.value);
        }
    }
    return kept;
}
