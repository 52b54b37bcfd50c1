import type { IFailedCall } from "../failure/doc/IFailedCall";
import type { AdviceTag } from "../knowledge/doc/IKnowledgeEntry";
import { ADVICE_TAGS } from "../knowledge/adviceTags";
import type { IMatchContext } from "./matchKnowledge";
import { conditionHolds } from "./matchKnowledge";

/**
 * Whether the facts of a failed call contradict any of the tags of a piece of advice (see ADVICE_TAGS).
 * @param tags what the advice presumes
 * @param call the failed call
 * @param context what the other knowledge said of the call (whether its message is already decoded)
 * @returns the first tag the facts rule out, or undefined when the advice fits
 */
export function ruledOutTag(tags: readonly AdviceTag[] | undefined, call: IFailedCall, context: IMatchContext): AdviceTag | undefined {
    return (tags ?? []).find((tag) => ADVICE_TAGS[tag]?.ruledOutWhen.some((when) => conditionHolds(when, call, context)));
}
