// The Fluent catalogue files, imported as text (Vite's `?raw`; src/catalogue.ts).
declare module "*.ftl?raw" {
  const source: string;
  export default source;
}
