// `node --import ./packages/cli/scripts/register-mustache.mjs …` (or `tsx --import …`): lets the
// CLI's sources import the templates' `*.mustache` files. For running from the sources only;
// the built packages bundle the templates as strings.
import { register } from "node:module";

register("./mustache-hooks.mjs", import.meta.url);
