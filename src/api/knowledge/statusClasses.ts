/**
 * The five classes of HTTP status codes, named as in RFC 9110 sections 15.2 to 15.6, with a plain
 * meaning for each. The first digit of a status code decides its class, so these entries explain codes
 * the IANA HTTP Status Code Registry does not assign (for example 499 or 520 sent by a proxy).
 *
 * Facts: RFC 9110 section 15 and the IANA registry's class list; the wording is our own.
 */

import type { IStatusClassEntry } from "./doc/IHttpStatus";

/**
 * The five HTTP status classes, 1xx to 5xx, in order.
 */
export const STATUS_CLASSES: readonly IStatusClassEntry[] = [
    {
        mask: "1xx",
        name: "Informational",
        meaning: "An interim answer: the server has the request and is still working on it, or tells the client " +
            "how to continue. A final status always follows, so a client never ends with a 1xx code.",
        reference: {
            title: "RFC 9110, section 15.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.2"
        }
    },
    {
        mask: "2xx",
        name: "Successful",
        meaning: "The server received, understood and accepted the request. The exact code says what came back, " +
            "for example content (200), a new resource (201) or nothing at all (204).",
        reference: {
            title: "RFC 9110, section 15.3",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3"
        }
    },
    {
        mask: "3xx",
        name: "Redirection",
        meaning: "The client must take another step to complete the request, usually by following the URL in the " +
            "Location header. REST clients that do not follow redirects report these codes as failures.",
        reference: {
            title: "RFC 9110, section 15.4",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4"
        }
    },
    {
        mask: "4xx",
        name: "Client Error",
        meaning: "The server blames the request: its content, credentials, target or timing is not acceptable. " +
            "Sending the same request again usually fails the same way until the request or the client setup changes.",
        reference: {
            title: "RFC 9110, section 15.5",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5"
        }
    },
    {
        mask: "5xx",
        name: "Server Error",
        meaning: "The request may well be valid, but the server, or a gateway in front of it, could not carry it out. " +
            "Some of these conditions are temporary, so a later retry can succeed once the server side is fixed.",
        reference: {
            title: "RFC 9110, section 15.6",
            url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6"
        }
    }
];
