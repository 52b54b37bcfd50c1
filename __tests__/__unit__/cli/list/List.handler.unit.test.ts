/**
 * `zowe http-status list`, in process: the rows --rfj gets, the table it asks imperative to print, and the empty case.
 */
import { ImperativeError } from "@zowe/imperative";
import ListHandler from "../../../../src/cli/list/List.handler";
import { handlerParameters } from "../../../__helpers__/HandlerParameters";

interface IRow {
    code: number;
    name: string;
    class: string;
    zowe: boolean;
}

async function list(args: Record<string, unknown>) {
    const { params, response } = handlerParameters(args);
    await new ListHandler().process(params);
    return response;
}

describe("list handler", () => {
    it("lists the 5xx codes with Zowe guidance as a table with a header", async () => {
        const response = await list({ class: "5xx", zowe: true });
        const rows = response.data as IRow[];
        expect(rows.length).toBeGreaterThan(2);
        expect(rows.every((row) => row.code >= 500 && row.code <= 599 && row.zowe)).toBe(true);
        expect(rows.map((row) => row.code)).toEqual(expect.arrayContaining([500, 503]));
        expect(response.message).toBe(`${rows.length} HTTP status codes listed`);
        expect(response.formatted).toEqual([{ output: rows, format: "table", fields: ["code", "name", "class", "state", "zowe"], header: true }]);
        expect(response.log).toEqual([]);
    });

    it("narrows by text and by a range such as 40x", async () => {
        expect((await list({ search: "teapot" })).data).toEqual([expect.objectContaining({ code: 418 })]);
        const range = (await list({ class: "40x" })).data as IRow[];
        expect(range.map((row) => row.code).every((code) => code >= 400 && code <= 409)).toBe(true);
        expect(range).toHaveLength(10);
    });

    it("says so when nothing matches, and prints no table", async () => {
        const response = await list({ class: "1xx", search: "no status is called this" });
        expect(response.data).toEqual([]);
        expect(response.message).toBe("0 HTTP status codes listed");
        expect(response.formatted).toEqual([]);
        expect(response.log).toEqual(["No HTTP status code matches these filters. Run \"zowe http-status list\" to see them all."]);
    });

    it("refuses a class it cannot read with one line", async () => {
        const { params } = handlerParameters({ class: "6xx" });
        const refusal = await new ListHandler().process(params).then(() => undefined, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(ImperativeError);
        expect((refusal as Error).message).not.toContain("\n");
        expect((refusal as Error).message).toContain("6xx");
    });
});
