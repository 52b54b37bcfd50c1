/**
 * Every status code assigned in the IANA "Hypertext Transfer Protocol (HTTP) Status Code Registry",
 * sorted by code, with its current name (RFC 9110 wording), former or common names, its registry state
 * and a short plain-language meaning. Unassigned codes (such as 509) are not listed: the class entries
 * in `statusClasses.ts` cover them.
 *
 * Facts: the IANA registry (updated 2025-09-15), RFC 9110 section 15 and the RFCs or draft the registry
 * cites for the other codes. The meanings are written in our own words.
 */

import type { IHttpStatusEntry } from "./doc/IHttpStatus";

/**
 * The IANA-registered HTTP status codes, one entry per code, in ascending order.
 */
export const HTTP_STATUSES: readonly IHttpStatusEntry[] = [
    {
        code: 100,
        name: "Continue",
        aliases: [],
        state: "registered",
        meaning: "The server has read the request headers and invites the client to send the body. A client sees it only when " +
            "it asked first with an Expect: 100-continue header; the final status follows once the body has been sent.",
        reference: {
            title: "RFC 9110, section 15.2.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.100"
        }
    },
    {
        code: 101,
        name: "Switching Protocols",
        aliases: [],
        state: "registered",
        meaning: "The server agrees to move the connection to the protocol the client asked for in its Upgrade header, " +
            "for example WebSocket. Everything after this response on that connection speaks the new protocol.",
        reference: {
            title: "RFC 9110, section 15.2.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.101"
        }
    },
    {
        code: 102,
        name: "Processing",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV interim answer: the server has accepted the request and is still working on it, so the client " +
            "should not time out yet. Later WebDAV specifications dropped it and few servers send it today.",
        reference: {
            title: "RFC 2518, section 10.1",
            url: "https://www.rfc-editor.org/rfc/rfc2518#section-10.1"
        }
    },
    {
        code: 103,
        name: "Early Hints",
        aliases: [],
        state: "registered",
        meaning: "An interim answer that lists, in Link headers, resources the final response will probably need, so a client " +
            "can start loading them or open connections early. The real status follows; REST clients normally ignore it.",
        reference: {
            title: "RFC 8297, section 2",
            url: "https://www.rfc-editor.org/rfc/rfc8297#section-2"
        }
    },
    {
        code: 104,
        name: "Upload Resumption Supported",
        aliases: [],
        state: "temporary",
        meaning: "An interim answer from the resumable uploads draft: the server tells the client that this upload can be resumed " +
            "if the connection breaks, and where. The registration is temporary while the draft is still in progress.",
        reference: {
            title: "draft-ietf-httpbis-resumable-upload",
            url: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/"
        }
    },
    {
        code: 200,
        name: "OK",
        aliases: [],
        state: "registered",
        meaning: "The request worked. What comes back depends on the method: the " +
            "resource for a GET, the outcome of the action for a POST, and so on.",
        reference: {
            title: "RFC 9110, section 15.3.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.200"
        }
    },
    {
        code: 201,
        name: "Created",
        aliases: [],
        state: "registered",
        meaning: "The request worked and made one or more new resources, often named in the Location header. " +
            "A REST client gets it after creating, for example, a data set, a file or a record.",
        reference: {
            title: "RFC 9110, section 15.3.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.201"
        }
    },
    {
        code: 202,
        name: "Accepted",
        aliases: [],
        state: "registered",
        meaning: "The server has taken the request for processing but has not finished it, and it may still fail. " +
            "The client has to check the outcome later, for example by polling a status URL the response gives.",
        reference: {
            title: "RFC 9110, section 15.3.3",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.202"
        }
    },
    {
        code: 203,
        name: "Non-Authoritative Information",
        aliases: [],
        state: "registered",
        meaning: "The request worked, but a proxy on the way changed the content the origin " +
            "server sent. The payload is therefore not exactly what the origin returned.",
        reference: {
            title: "RFC 9110, section 15.3.4",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.203"
        }
    },
    {
        code: 204,
        name: "No Content",
        aliases: [],
        state: "registered",
        meaning: "The request worked and there is nothing to send back in the body. Updates and deletes often answer this way.",
        reference: {
            title: "RFC 9110, section 15.3.5",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.204"
        }
    },
    {
        code: 205,
        name: "Reset Content",
        aliases: [],
        state: "registered",
        meaning: "The request worked and the client should clear the form or view " +
            "that sent it, ready for new input. The response carries no body.",
        reference: {
            title: "RFC 9110, section 15.3.6",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.205"
        }
    },
    {
        code: 206,
        name: "Partial Content",
        aliases: [],
        state: "registered",
        meaning: "The server sends only the byte ranges the client asked for with a Range header, not the " +
            "whole resource. Clients use it to resume downloads or to fetch parts of large files.",
        reference: {
            title: "RFC 9110, section 15.3.7",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.206"
        }
    },
    {
        code: 207,
        name: "Multi-Status",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV answer that holds a separate status for each of several resources in one XML body. The " +
            "client must read every inner status, because some operations may have failed while others worked.",
        reference: {
            title: "RFC 4918, section 11.1",
            url: "https://www.rfc-editor.org/rfc/rfc4918#section-11.1"
        }
    },
    {
        code: 208,
        name: "Already Reported",
        aliases: [],
        state: "registered",
        meaning: "Used inside a WebDAV multi-status body to say that the members of a collection were already listed " +
            "earlier in the same answer, so they are not repeated. It keeps listings finite when bindings form loops.",
        reference: {
            title: "RFC 5842, section 7.1",
            url: "https://www.rfc-editor.org/rfc/rfc5842#section-7.1"
        }
    },
    {
        code: 226,
        name: "IM Used",
        aliases: [],
        state: "registered",
        meaning: "The server answered a GET with the result of one or more instance manipulations, such as a delta against a version " +
            "the client already holds, instead of the full resource. Only clients that asked for delta encoding get it.",
        reference: {
            title: "RFC 3229, section 10.4.1",
            url: "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1"
        }
    },
    {
        code: 300,
        name: "Multiple Choices",
        aliases: [],
        state: "registered",
        meaning: "The resource exists in several representations and the server leaves the choice to the client, " +
            "possibly suggesting one in the Location header. Automatic selection is rare in practice.",
        reference: {
            title: "RFC 9110, section 15.4.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.300"
        }
    },
    {
        code: 301,
        name: "Moved Permanently",
        aliases: [],
        state: "registered",
        meaning: "The resource now lives at the URL in the Location header, and the client should use that URL from " +
            "now on. Clients may turn a POST into a GET when following it; 308 is the code that keeps the method.",
        reference: {
            title: "RFC 9110, section 15.4.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.301"
        }
    },
    {
        code: 302,
        name: "Found",
        aliases: ["Moved Temporarily"],
        state: "registered",
        meaning: "The resource is at another URL for the time being, given in the Location header, and the original URL " +
            "stays valid for later requests. As with 301, clients may turn a POST into a GET when following it.",
        reference: {
            title: "RFC 9110, section 15.4.3",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.302"
        }
    },
    {
        code: 303,
        name: "See Other",
        aliases: [],
        state: "registered",
        meaning: "The server sends the client to a different URL, in the Location header, where the result " +
            "can be fetched with a GET. It is the usual answer to a POST whose outcome lives elsewhere.",
        reference: {
            title: "RFC 9110, section 15.4.4",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.303"
        }
    },
    {
        code: 304,
        name: "Not Modified",
        aliases: [],
        state: "registered",
        meaning: "A conditional GET or HEAD found that the client's cached copy is still " +
            "current, so no body is sent. The client keeps using the copy it already has.",
        reference: {
            title: "RFC 9110, section 15.4.5",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.304"
        }
    },
    {
        code: 305,
        name: "Use Proxy",
        aliases: [],
        state: "registered",
        meaning: "An old code that told the client to repeat the request through a proxy chosen by the " +
            "server. It is deprecated because of the security risk, and clients should not act on it.",
        reference: {
            title: "RFC 9110, section 15.4.6",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.305"
        }
    },
    {
        code: 306,
        name: "Unused",
        aliases: ["Switch Proxy"],
        state: "unused",
        meaning: "Defined in an early draft, where it was known as Switch Proxy, and then dropped. The " +
            "code is reserved so that it is never assigned again; servers should not send it.",
        reference: {
            title: "RFC 9110, section 15.4.7",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.306"
        }
    },
    {
        code: 307,
        name: "Temporary Redirect",
        aliases: [],
        state: "registered",
        meaning: "The resource is at another URL for now, and the client must repeat the request there " +
            "with the same method and body. The original URL stays valid for later requests.",
        reference: {
            title: "RFC 9110, section 15.4.8",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.307"
        }
    },
    {
        code: 308,
        name: "Permanent Redirect",
        aliases: [],
        state: "registered",
        meaning: "The resource has moved for good to the URL in the Location header, and the client must repeat the request there " +
            "with the same method and body. Stored addresses, such as a profile's host or base path, should be updated.",
        reference: {
            title: "RFC 9110, section 15.4.9",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.308"
        }
    },
    {
        code: 400,
        name: "Bad Request",
        aliases: [],
        state: "registered",
        meaning: "The server will not process the request because something in it is wrong: bad syntax, an invalid " +
            "parameter or a malformed body. Fix the request first; sending it again unchanged fails the same way.",
        reference: {
            title: "RFC 9110, section 15.5.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.400"
        }
    },
    {
        code: 401,
        name: "Unauthorized",
        aliases: [],
        state: "registered",
        meaning: "The request lacks valid credentials for the target: they are missing, wrong or expired. The " +
            "WWW-Authenticate header names the scheme the server accepts; retry only with corrected credentials.",
        reference: {
            title: "RFC 9110, section 15.5.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.401"
        }
    },
    {
        code: 402,
        name: "Payment Required",
        aliases: [],
        state: "registered",
        meaning: "Reserved for future use by payment schemes and not defined further. Some services " +
            "use it on their own terms, for example when a subscription or quota has run out.",
        reference: {
            title: "RFC 9110, section 15.5.3",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.402"
        }
    },
    {
        code: 403,
        name: "Forbidden",
        aliases: [],
        state: "registered",
        meaning: "The server understood the request and refuses to carry it out. If credentials were sent, " +
            "they may be accepted but lack permission; sending the same ones again will not help.",
        reference: {
            title: "RFC 9110, section 15.5.4",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.403"
        }
    },
    {
        code: 404,
        name: "Not Found",
        aliases: [],
        state: "registered",
        meaning: "The server has nothing at the requested URL, or prefers not to reveal that something is there. " +
            "Either the resource is missing or the URL itself (host, port, path) points to the wrong place.",
        reference: {
            title: "RFC 9110, section 15.5.5",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.404"
        }
    },
    {
        code: 405,
        name: "Method Not Allowed",
        aliases: [],
        state: "registered",
        meaning: "The resource exists but does not accept this HTTP method, for example a DELETE where " +
            "only GET is supported. The Allow header lists the methods the resource does accept.",
        reference: {
            title: "RFC 9110, section 15.5.6",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.405"
        }
    },
    {
        code: 406,
        name: "Not Acceptable",
        aliases: [],
        state: "registered",
        meaning: "The server cannot produce a response that matches the client's Accept headers " +
            "for media type, language or encoding. Loosening those headers usually fixes it.",
        reference: {
            title: "RFC 9110, section 15.5.7",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.406"
        }
    },
    {
        code: 407,
        name: "Proxy Authentication Required",
        aliases: [],
        state: "registered",
        meaning: "Like 401, but a proxy between the client and the server wants the credentials. " +
            "Give the client the proxy's user and password, or bypass the proxy for this host.",
        reference: {
            title: "RFC 9110, section 15.5.8",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.407"
        }
    },
    {
        code: 408,
        name: "Request Timeout",
        aliases: [],
        state: "registered",
        meaning: "The server gave up waiting for the client to finish sending the request and closed the " +
            "connection. Repeating the request on a new connection is allowed and often works.",
        reference: {
            title: "RFC 9110, section 15.5.9",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.408"
        }
    },
    {
        code: 409,
        name: "Conflict",
        aliases: [],
        state: "registered",
        meaning: "The request clashes with the current state of the resource, for example an edit based on an old version or " +
            "a name that is already taken. Resolve the clash, usually by reading the resource again, before resending.",
        reference: {
            title: "RFC 9110, section 15.5.10",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.409"
        }
    },
    {
        code: 410,
        name: "Gone",
        aliases: [],
        state: "registered",
        meaning: "The resource used to be at this URL and was removed on purpose, with no forwarding " +
            "address. Unlike 404, the server says this is permanent, so links to it should be dropped.",
        reference: {
            title: "RFC 9110, section 15.5.11",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.410"
        }
    },
    {
        code: 411,
        name: "Length Required",
        aliases: [],
        state: "registered",
        meaning: "The server refuses a request body sent without a Content-Length header. Sending the length of the body fixes it.",
        reference: {
            title: "RFC 9110, section 15.5.12",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.411"
        }
    },
    {
        code: 412,
        name: "Precondition Failed",
        aliases: [],
        state: "registered",
        meaning: "A condition in the request headers, such as If-Match with an ETag, did not hold on the server. It " +
            "usually means the resource changed since the client last read it; read it again before writing.",
        reference: {
            title: "RFC 9110, section 15.5.13",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.412"
        }
    },
    {
        code: 413,
        name: "Content Too Large",
        aliases: ["Payload Too Large", "Request Entity Too Large"],
        state: "registered",
        meaning: "The request body is bigger than the server, or a proxy in front of it, is willing to accept. Send less data " +
            "per request or ask for the limit to be raised; a Retry-After header means the limit is only temporary.",
        reference: {
            title: "RFC 9110, section 15.5.14",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.413"
        }
    },
    {
        code: 414,
        name: "URI Too Long",
        aliases: ["Request-URI Too Long"],
        state: "registered",
        meaning: "The request target is longer than the server is willing to read. A very long query " +
            "string is the usual cause; shorten the filters or move the data into a request body.",
        reference: {
            title: "RFC 9110, section 15.5.15",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.414"
        }
    },
    {
        code: 415,
        name: "Unsupported Media Type",
        aliases: [],
        state: "registered",
        meaning: "The server refuses the body because of its format: the Content-Type or Content-Encoding " +
            "is not one this resource accepts. Send the format the API documents for that request.",
        reference: {
            title: "RFC 9110, section 15.5.16",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.415"
        }
    },
    {
        code: 416,
        name: "Range Not Satisfiable",
        aliases: ["Requested Range Not Satisfiable"],
        state: "registered",
        meaning: "None of the byte ranges the client asked for fits the resource, typically because " +
            "they start past its end. Ask for the whole resource or for a range that exists.",
        reference: {
            title: "RFC 9110, section 15.5.17",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.416"
        }
    },
    {
        code: 417,
        name: "Expectation Failed",
        aliases: [],
        state: "registered",
        meaning: "The server, or a proxy, cannot meet the Expect header the client sent, most often " +
            "Expect: 100-continue. Sending the request without that header usually works.",
        reference: {
            title: "RFC 9110, section 15.5.18",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.417"
        }
    },
    {
        code: 418,
        name: "Unused",
        aliases: ["I'm a Teapot"],
        state: "unused",
        meaning: "Began as a joke, \"I'm a Teapot\", in an April Fools' RFC about coffee pots, and is now reserved so that it is " +
            "never assigned. A few servers still send it as an easter egg or a refusal; treat it as a generic client error.",
        reference: {
            title: "RFC 9110, section 15.5.19",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.418"
        }
    },
    {
        code: 421,
        name: "Misdirected Request",
        aliases: [],
        state: "registered",
        meaning: "The request reached a server that cannot answer for this host and scheme, often because a reused " +
            "connection or its TLS certificate belongs to another host name. A retry on a fresh connection can succeed.",
        reference: {
            title: "RFC 9110, section 15.5.20",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.421"
        }
    },
    {
        code: 422,
        name: "Unprocessable Content",
        aliases: ["Unprocessable Entity"],
        state: "registered",
        meaning: "The body is well formed and of a supported type, but its content cannot be acted on, " +
            "for example a field that fails validation. Correct the data before sending it again.",
        reference: {
            title: "RFC 9110, section 15.5.21",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.422"
        }
    },
    {
        code: 423,
        name: "Locked",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV code: the resource is locked and this request does not hold the lock. " +
            "Wait for the lock to be released, or send the lock token if you own it.",
        reference: {
            title: "RFC 4918, section 11.3",
            url: "https://www.rfc-editor.org/rfc/rfc4918#section-11.3"
        }
    },
    {
        code: 424,
        name: "Failed Dependency",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV code: the action was not performed because another action it depended " +
            "on, in the same request, failed. Find the first failure and fix that one.",
        reference: {
            title: "RFC 4918, section 11.4",
            url: "https://www.rfc-editor.org/rfc/rfc4918#section-11.4"
        }
    },
    {
        code: 425,
        name: "Too Early",
        aliases: [],
        state: "registered",
        meaning: "The server will not process a request sent in TLS early data, because replaying it " +
            "could do harm. The client should send it again after the TLS handshake has completed.",
        reference: {
            title: "RFC 8470, section 5.2",
            url: "https://www.rfc-editor.org/rfc/rfc8470#section-5.2"
        }
    },
    {
        code: 426,
        name: "Upgrade Required",
        aliases: [],
        state: "registered",
        meaning: "The server refuses to serve the request over the current protocol and names the protocol it wants in " +
            "the Upgrade header. The client must switch, for example to a newer HTTP version, and then retry.",
        reference: {
            title: "RFC 9110, section 15.5.22",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.426"
        }
    },
    {
        code: 428,
        name: "Precondition Required",
        aliases: [],
        state: "registered",
        meaning: "The server insists that the request be conditional, typically with If-Match, so that clients " +
            "do not overwrite changes they have not seen. Read the resource, then resend with its ETag.",
        reference: {
            title: "RFC 6585, section 3",
            url: "https://www.rfc-editor.org/rfc/rfc6585#section-3"
        }
    },
    {
        code: 429,
        name: "Too Many Requests",
        aliases: [],
        state: "registered",
        meaning: "The client sent too many requests in a given time and is being rate limited. Wait at least " +
            "as long as the Retry-After header says before retrying, and slow down the request rate.",
        reference: {
            title: "RFC 6585, section 4",
            url: "https://www.rfc-editor.org/rfc/rfc6585#section-4"
        }
    },
    {
        code: 431,
        name: "Request Header Fields Too Large",
        aliases: [],
        state: "registered",
        meaning: "The server refuses the request because one header, or all the headers together, are too " +
            "big. Oversized cookies or tokens are a common cause; send smaller headers and retry.",
        reference: {
            title: "RFC 6585, section 5",
            url: "https://www.rfc-editor.org/rfc/rfc6585#section-5"
        }
    },
    {
        code: 451,
        name: "Unavailable For Legal Reasons",
        aliases: [],
        state: "registered",
        meaning: "The server refuses access because of a legal demand, such as a court order or a " +
            "government block. The response should say which demand applies; retrying will not help.",
        reference: {
            title: "RFC 7725, section 3",
            url: "https://www.rfc-editor.org/rfc/rfc7725#section-3"
        }
    },
    {
        code: 500,
        name: "Internal Server Error",
        aliases: [],
        state: "registered",
        meaning: "The server met an unexpected condition that stopped it from completing the request. The response " +
            "body or the server logs hold the real error; a retry helps only when the cause was transient.",
        reference: {
            title: "RFC 9110, section 15.6.1",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.500"
        }
    },
    {
        code: 501,
        name: "Not Implemented",
        aliases: [],
        state: "registered",
        meaning: "The server does not support the function the request needs, such as an HTTP method it " +
            "does not recognise at all. Retrying will not help until the server gains that function.",
        reference: {
            title: "RFC 9110, section 15.6.2",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.501"
        }
    },
    {
        code: 502,
        name: "Bad Gateway",
        aliases: [],
        state: "registered",
        meaning: "A gateway or proxy got an invalid answer, or none, from the server behind it. The fault lies " +
            "between those servers, not in the request; a retry may work once the back end recovers.",
        reference: {
            title: "RFC 9110, section 15.6.3",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.502"
        }
    },
    {
        code: 503,
        name: "Service Unavailable",
        aliases: [],
        state: "registered",
        meaning: "The server cannot handle the request right now because it is overloaded, starting, stopping or " +
            "in maintenance. The condition is expected to pass; honour a Retry-After header before retrying.",
        reference: {
            title: "RFC 9110, section 15.6.4",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.503"
        }
    },
    {
        code: 504,
        name: "Gateway Timeout",
        aliases: [],
        state: "registered",
        meaning: "A gateway or proxy did not get an answer in time from the server behind it. The request " +
            "may still have run on the back end, so check before repeating anything that changes data.",
        reference: {
            title: "RFC 9110, section 15.6.5",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.504"
        }
    },
    {
        code: 505,
        name: "HTTP Version Not Supported",
        aliases: [],
        state: "registered",
        meaning: "The server refuses the major HTTP version used in the request. The client must use a version the server supports.",
        reference: {
            title: "RFC 9110, section 15.6.6",
            url: "https://www.rfc-editor.org/rfc/rfc9110#status.505"
        }
    },
    {
        code: 506,
        name: "Variant Also Negotiates",
        aliases: [],
        state: "registered",
        meaning: "The server's content negotiation is misconfigured: the variant it chose is itself " +
            "set up to negotiate, which would loop. Only the server's administrator can fix it.",
        reference: {
            title: "RFC 2295, section 8.1",
            url: "https://www.rfc-editor.org/rfc/rfc2295#section-8.1"
        }
    },
    {
        code: 507,
        name: "Insufficient Storage",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV code: the server cannot store what it needs to complete the " +
            "request. Space must be freed or added on the server before a retry can work.",
        reference: {
            title: "RFC 4918, section 11.5",
            url: "https://www.rfc-editor.org/rfc/rfc4918#section-11.5"
        }
    },
    {
        code: 508,
        name: "Loop Detected",
        aliases: [],
        state: "registered",
        meaning: "A WebDAV code: the server stopped an operation, typically one over a whole collection with " +
            "Depth: infinity, because it ran into an endless loop. The bindings on the server need fixing.",
        reference: {
            title: "RFC 5842, section 7.2",
            url: "https://www.rfc-editor.org/rfc/rfc5842#section-7.2"
        }
    },
    {
        code: 510,
        name: "Not Extended",
        aliases: [],
        state: "obsoleted",
        meaning: "From the HTTP Extension Framework: the server wants more extensions declared in the request before " +
            "it will fulfil it. That framework is now historic, so the code is obsolete and rarely seen.",
        reference: {
            title: "RFC 2774, section 7",
            url: "https://www.rfc-editor.org/rfc/rfc2774#section-7"
        }
    },
    {
        code: 511,
        name: "Network Authentication Required",
        aliases: [],
        state: "registered",
        meaning: "A network in the middle, such as a captive portal on guest Wi-Fi, wants you to sign in before " +
            "it lets requests through. The answer comes from that network, not from the server you called.",
        reference: {
            title: "RFC 6585, section 6",
            url: "https://www.rfc-editor.org/rfc/rfc6585#section-6"
        }
    }
];
