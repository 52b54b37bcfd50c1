import { ImperativeError } from "@zowe/imperative";
import { StatusQueryError } from "../../api/explain/StatusQuery";

/**
 * Run an API call on the user's input; a refusal of that input (a StatusQueryError) becomes an ImperativeError,
 * which imperative prints as one message line with exit code 1 and no stack trace.
 */
export function withUserInput<T>(call: () => T): T {
    try {
        return call();
    } catch (error) {
        if (error instanceof StatusQueryError) {
            throw new ImperativeError({ msg: error.message });
        }
        throw error;
    }
}
