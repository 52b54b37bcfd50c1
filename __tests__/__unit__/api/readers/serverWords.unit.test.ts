/** The service's own reason and action, read from its answer: API ML's messages, IBM MQ's error, capped; none from others. */
import { decodeBody } from "../../../../src/api/readers/RestErrorRecord";

const { apimlErrorBody, mqErrorBody, zosmfErrorBody } = require("../../../__servers__/fakeZosmf.js");

describe("the server's words", () => {
    it("reads API ML's messageReason and messageAction of the first message", () => {
        const body = JSON.stringify(apimlErrorBody({ messageNumber: "ZWEAT413E", messageContent: "The request was refused.",
            messageReason: "The token has expired.", messageAction: "Log in again." }));
        expect(decodeBody(body).words).toEqual({ messageId: "ZWEAT413E", reason: "The token has expired.", action: "Log in again." });
    });

    it("reads IBM MQ's explanation and action", () => {
        const body = JSON.stringify(mqErrorBody({ msgId: "MQWB0300E", message: "MQWB0300E: Cannot create messaging connection.",
            explanation: "The queue manager might not be active.", action: "Resubmit the request." }));
        expect(decodeBody(body).words).toEqual({ messageId: "MQWB0300E", reason: "The queue manager might not be active.", action: "Resubmit the request." });
    });

    it("keeps each on one line, cut to 400 characters", () => {
        const long = `Check\n\n   the ${"very ".repeat(200)}long text.`;
        const words = decodeBody(JSON.stringify(apimlErrorBody({ messageNumber: "ZWEAO503E", messageContent: "x", messageReason: long,
            messageAction: "" }))).words;
        expect(words?.reason).toHaveLength(400);
        expect(words?.reason?.startsWith("Check the very")).toBe(true);
        expect(words?.reason?.endsWith("…")).toBe(true);
        expect(words?.action).toBeUndefined();
    });

    it("finds none in a z/OSMF report, a page or plain text", () => {
        for (const body of [JSON.stringify(zosmfErrorBody({ category: 1, rc: 4, reason: 8, message: "Not found." })), "<html><title>x</title></html>", "text"]) {
            expect(decodeBody(body).words).toBeUndefined();
        }
    });
});
