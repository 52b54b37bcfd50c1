/** Run work against a fake z/OSMF started for it, and close the server whatever the work does. */
import type { FakeZosmf, FakeZosmfOptions } from "../__servers__/fakeZosmf";

const { startFakeZosmf } = require("../__servers__/fakeZosmf.js");

/**
 * Start a fake z/OSMF (90 s lifetime unless the options say otherwise), run the work, close the server.
 * @param options - the server's options
 * @param work - what to do with the running server
 */
export async function withFakeZosmf<T>(options: FakeZosmfOptions, work: (server: FakeZosmf) => Promise<T>): Promise<T> {
    const server: FakeZosmf = await startFakeZosmf({ lifetimeMs: 90000, ...options });
    try {
        return await work(server);
    } finally {
        await server.close();
    }
}
