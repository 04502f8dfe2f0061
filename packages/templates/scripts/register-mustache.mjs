// `node --import ./packages/templates/scripts/register-mustache.mjs …` (or `tsx --import …`): lets
// sources import the templates' `*.mustache` files (the bench, `pnpm start`, scripts). The built
// packages bundle the templates as strings and need none of this.
import { register } from "node:module";

register("./mustache-loader.mjs", import.meta.url);
