import { ImperativeError } from "@zowe/imperative";
import { UserInputError } from "../../api/UserInputError";
import { Redactor } from "../../api/redaction/Redactor";

/** A refusal says what is accepted, with an example: it never needs more than this. */
const MAX_MESSAGE = 1000;

/**
 * A refusal of the user's input, ready for output: masked by the Redactor and cut (imperative prints it and writes it
 * twice to imperative.log).
 */
export function maskedRefusal(message: string): string {
    const masked = new Redactor().text(message);
    return masked.length > MAX_MESSAGE ? `${masked.slice(0, MAX_MESSAGE)}… (cut)` : masked;
}

/**
 * Run an API call on the user's input; a refusal of that input (a UserInputError) becomes an ImperativeError,
 * which imperative prints as one message line with exit code 1 and no stack trace.
 */
export function withUserInput<T>(call: () => T): T {
    try {
        return call();
    } catch (error) {
        if (error instanceof UserInputError) {
            throw new ImperativeError({ msg: maskedRefusal(error.message) });
        }
        throw error;
    }
}
