// Entry point of `npm run wijzer`: the command itself is in wijzer.ts, testable in-process.
import { wijzer } from "./wijzer.ts";

const { code, stdout, stderr } = wijzer(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
