/*
 * pdfmake ships no type declarations (see shared/pdf/pdfmake.d.ts, which the bench project does not see): the modules
 * are `unknown` here too, and bench/node/tasks.ts checks the shape it uses.
 */
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}

declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: unknown;
  export default vfs;
}
