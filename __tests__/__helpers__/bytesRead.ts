import * as fs from "fs";

/**
 * How many bytes the readers asked `fs.readSync` for while `act` ran: the cost of a search in bytes, which a test can
 * bound (a time could not be bounded without flaking on a loaded machine).
 * @param act - the search to measure
 * @returns the bytes asked for
 */
export function bytesRead(act: () => void): number {
    const spy = jest.spyOn(fs, "readSync");
    try {
        act();
        return spy.mock.calls.reduce((sum, args) => sum + Number((args as unknown[])[3] ?? 0), 0);
    } finally {
        spy.mockRestore();
    }
}
