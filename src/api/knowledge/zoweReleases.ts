/**
 * The Zowe releases a plug-in can be built for, with the majors of Zowe CLI and imperative that make them: a plug-in
 * declares one of these in its peerDependencies. Facts: the zowe-v1-lts, zowe-v2-lts and zowe-v3-lts dist-tags of
 * @zowe/cli (6.x, 7.x, 8.x) and of @zowe/imperative (4.x, 5.x, 8.x).
 */
export interface IZoweRelease {
    zowe: "v1" | "v2" | "v3";
    cliMajor: number;
    imperativeMajor: number;
    /** The npm dist-tag Zowe's own packages publish this release under. */
    distTag: string;
}

export const ZOWE_RELEASES: readonly IZoweRelease[] = [
    { zowe: "v1", cliMajor: 6, imperativeMajor: 4, distTag: "zowe-v1-lts" },
    { zowe: "v2", cliMajor: 7, imperativeMajor: 5, distTag: "zowe-v2-lts" },
    { zowe: "v3", cliMajor: 8, imperativeMajor: 8, distTag: "zowe-v3-lts" }
];

/** The major version a version or range starts from: `^4.13.0` → 4, `>=8.0.0-next` → 8; null when it names none. */
export function majorOf(versionOrRange: string): number | null {
    const match = /^(?:[\^~]|>=?|=)?v?(\d{1,4})(?:[.\s-]|$)/.exec(versionOrRange.trim().replace(/^([\^~>=]{1,2})\s+/, "$1"));
    return match == null ? null : Number(match[1]);
}

/** The Zowe release of a Zowe CLI version (`8.37.1` → v3). */
export function zoweReleaseOfCli(version: string): IZoweRelease | undefined {
    const major = majorOf(version);
    return ZOWE_RELEASES.find((release) => release.cliMajor === major);
}

/** The Zowe release a plug-in's `@zowe/imperative` peer range targets (`^4.0.0` → v1). */
export function zoweReleaseOfImperativeRange(range: string): IZoweRelease | undefined {
    const major = majorOf(range);
    return ZOWE_RELEASES.find((release) => release.imperativeMajor === major);
}

/** The Zowe release a plug-in's `@zowe/cli` peer range targets (`^7.0.0` → v2). */
export function zoweReleaseOfCliRange(range: string): IZoweRelease | undefined {
    const major = majorOf(range);
    return ZOWE_RELEASES.find((release) => release.cliMajor === major);
}
