/** The path of a current bundle of the `vigil` command, or null when none can be built. */
export declare function cachedCliBundle(): Promise<string | null>;
