import { defineConfig } from "vitest/config";

// The window loads the built files from ui/dist (src-tauri/tauri.conf.json: frontendDist).
export default defineConfig({
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The wizard reads the product's message catalogue, ../locales/<lang>/ui.ftl
    // (src/catalogue.ts); "." keeps ui/ itself allowed.
    fs: { allow: [".", "../locales"] },
  },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // No inline scripts or styles: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.ts"],
  },
});
