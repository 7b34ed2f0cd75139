// The layer lists that eslint.config.js enforces, typed for test/architecture.test.ts.
export declare const layers: string[];
export declare const orchestration: string[];
export declare const entryPoints: string[];
declare const config: unknown;
export default config;
