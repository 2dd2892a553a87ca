// Writes docs/register-file.md from the field descriptors (npm run docs:register-file).
import { writeFileSync } from 'node:fs';
import { registerFileDocumentation } from '../shared/register/documentation';

writeFileSync(new URL('../docs/register-file.md', import.meta.url), registerFileDocumentation());
console.log('docs/register-file.md written');
