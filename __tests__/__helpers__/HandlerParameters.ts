/**
 * A stand-in for the IHandlerParameters imperative gives a command handler: it records what the handler prints and
 * what it puts in the --rfj response, so handlers can be tested in process, without spawning zowe.
 */
import { Readable } from "stream";
import type { IHandlerParameters } from "@zowe/imperative";

/** What a handler did with its response. */
export interface IRecordedResponse {
    /** Each console.log call, formatted the way console.log formats its arguments. */
    log: string[];
    /** Each console.error call. */
    error: string[];
    /** The --rfj `data` (undefined when setObj was never called). */
    data?: unknown;
    /** The --rfj `message`. */
    message?: string;
    /** The exit code the handler set (undefined when it set none: imperative then exits 0). */
    exitCode?: number;
    /** Each response.format.output call. */
    formatted: Array<{ output: unknown; format?: string; fields?: string[]; header?: boolean }>;
}

/**
 * Handler parameters with these arguments and standard input.
 * @returns the parameters to pass to `handler.process`, and the record of what the handler did
 */
export function handlerParameters(args: Record<string, unknown>, stdin = ""): { params: IHandlerParameters; response: IRecordedResponse } {
    const response: IRecordedResponse = { log: [], error: [], formatted: [] };
    const format = (values: unknown[]) => values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(" ");
    const params = {
        arguments: { $0: "zowe", _: [], ...args },
        positionals: [],
        stdin: Readable.from([Buffer.from(stdin)]),
        definition: {},
        fullDefinition: {},
        isChained: false,
        response: {
            console: {
                log: (...values: unknown[]) => {
                    response.log.push(format(values));
                    return "";
                },
                error: (...values: unknown[]) => {
                    response.error.push(format(values));
                    return "";
                },
                errorHeader: () => "",
                prompt: () => Promise.resolve("")
            },
            data: {
                setObj: (data: unknown) => {
                    response.data = data;
                },
                setMessage: (message: string) => {
                    response.message = message;
                    return message;
                },
                setExitCode: (code: number) => {
                    response.exitCode = code;
                    return code;
                }
            },
            format: {
                output: (output: IRecordedResponse["formatted"][number]) => {
                    response.formatted.push(output);
                }
            },
            progress: {}
        }
    } as unknown as IHandlerParameters;
    return { params, response };
}
