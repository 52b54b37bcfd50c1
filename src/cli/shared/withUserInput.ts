import { ImperativeError } from "@zowe/imperative";
import { UserInputError } from "../../api/UserInputError";

/**
 * Run an API call on the user's input; a refusal of that input (a UserInputError) becomes an ImperativeError,
 * which imperative prints as one message line with exit code 1 and no stack trace.
 */
export function withUserInput<T>(call: () => T): T {
    try {
        return call();
    } catch (error) {
        if (error instanceof UserInputError) {
            throw new ImperativeError({ msg: error.message });
        }
        throw error;
    }
}
