/*
 * pdfmake ships no type declarations. The modules are declared `unknown` on purpose: engine.ts checks the shape it
 * needs at run time (the Node build and the browser bundle export the same object under different interop wrappers)
 * and gives the rest of shared/pdf a typed API, so no `any` leaks out of this folder.
 */
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}

declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: unknown;
  export default vfs;
}
