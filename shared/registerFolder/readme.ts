/** The README.md written into every register folder: for people who open the folder in Git or a file browser. */
import { FILE_EXTENSION } from '../register/fileVersion';
import { FOLDER_FORMAT, GITATTRIBUTES, MERGE_DRIVER_COMMAND, MERGE_DRIVER_NAME, REGISTER_JSON } from './folderFormat';

export function folderReadme(title: string): string {
  return `# ${title.replace(/\s+/g, ' ').trim()}

This folder is a **register of processing activities** (GDPR Art. 30) kept with
RoPA Desk and shared through Git. It is written by the app and by the \`ropa\` command;
open it in RoPA Desk, or turn it into a register file with \`ropa import <this folder> --out register${FILE_EXTENSION}\`.

## What is in it

- \`${REGISTER_JSON}\`: the register's title, main language and settings, with the format (\`${FOLDER_FORMAT}\`) and
  its version. A RoPA Desk older than that version refuses the folder rather than lose what it does not know.
- One folder per kind of record (\`activities/\`, \`recipients/\`, \`dataCategories/\`, ...) with one file per record,
  named after the record's id: \`activities/<id>.json\`. Keys are sorted and each value is on its own line, so a
  change to one field is a change to one line in \`git diff\`.
- \`${GITATTRIBUTES}\`: tells Git to merge the JSON files with RoPA Desk's merge driver (\`${MERGE_DRIVER_NAME}\`).

## Please do not edit by hand

- **Ids and file names**: records point at each other by id, and a file's name is its record's id. Renaming a file
  or changing an id breaks the links; the app refuses a folder whose file names and ids disagree.
- Edit the register in RoPA Desk (or edit a register file and write the folder again with
  \`ropa export <file> --format folder --out <this folder>\`). Files edited by hand are checked when the folder is
  read, and refused with the file and field named when they are not valid.

## How merges work

Two people who changed the same register are merged **field by field**, per record: changes to different fields of
one record, to different purposes or retention rules, to different translations, and links added on both sides all
merge without a conflict. The same field changed two different ways, or a record deleted on one side and changed on
the other, is a conflict, listed with both values so that someone picks one. Links to a record that the merge
deleted are reported.

To let Git merge this way (\`git merge\`, \`git pull\`), configure the merge driver once in each clone:

\`\`\`
git config merge.${MERGE_DRIVER_NAME}.name "RoPA Desk register merge"
git config merge.${MERGE_DRIVER_NAME}.driver "${MERGE_DRIVER_COMMAND}"
git config merge.renames false
\`\`\`

\`merge.renames false\` stops Git from taking a record copied to a new id (and deleted under the old one) for a
renamed file and merging the other side's edits of the old record into the copy. The driver refuses such a pair
anyway (a conflict), also where Git's default strategy ignores the setting.

\`ropa\` must be on the PATH (\`npm link\` in a RoPA Desk checkout puts it there); or name it in full:
\`node /path/to/ropa-desk/shared/cli/bin.mjs merge %O %A %B --out %A --name %P\`. (\`npx ropa\` finds it only where RoPA Desk
is installed as a package, and Git runs the driver in this folder's repository.) Without the driver, Git merges the
files line by line: changes on neighbouring lines then conflict although they are different fields.

The driver merges one file at a time and exits with 1 when fields conflict; Git then reports the file as
conflicted, leaves it as it was on your side, and \`ropa merge\` has listed the fields, with both values, on its
output. Edit the file (or open the register in RoPA Desk), then \`git add\` it and commit.

The driver sees one file at a time, so a plain \`git merge\` does not check links between files: a record one side
deleted may still be linked from a record the other side changed. Check the merged folder before you push it:
\`ropa import <this folder> --out check${FILE_EXTENSION}\`, then \`ropa validate check${FILE_EXTENSION}\` (RoPA Desk's own sync
merges whole registers and reports such links itself).
`;
}
