/**
 * withUserInput is where every refusal becomes the one-line message imperative prints (and writes twice to
 * imperative.log): the message is masked and cut there, whatever the API put in it.
 */
import { ImperativeError } from "@zowe/imperative";
import { UserInputError } from "../../../../src/api/UserInputError";
import { withUserInput } from "../../../../src/cli/shared/withUserInput";
import { CANARIES, expectNoCanary } from "../../../__helpers__/canaries";

function refusalOf(message: string): ImperativeError {
    try {
        withUserInput(() => {
            throw new UserInputError(message);
        });
    } catch (error) {
        return error as ImperativeError;
    }
    throw new Error("withUserInput did not throw");
}

describe("withUserInput", () => {
    it.each(CANARIES)("masks the refusal message (%s)", (_secret, text) => {
        const error = refusalOf(`The input cannot be read: ${text}`);
        expect(error).toBeInstanceOf(ImperativeError);
        expect(error.message).toContain("The input cannot be read");
        expectNoCanary(error.message);
    });

    it("cuts a long refusal", () => {
        expect(refusalOf(`x ${"word ".repeat(100000)}`).message.length).toBeLessThan(1100);
    });

    it("passes other errors on unchanged", () => {
        const error = new Error("a fault of the plug-in");
        expect(() => withUserInput(() => {
            throw error;
        })).toThrow(error);
    });
});
