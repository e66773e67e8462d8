// Built once (`vite build`) into dist/, which drive.mjs serves as static files; relative asset
// paths let it be served from any origin and path.
export default {
  base: "./",
  logLevel: "warn",
  build: {
    chunkSizeWarningLimit: 2000, // one bundle, by design: the SDK and React
    rolldownOptions: {
      // React's "use client" directives mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
};
