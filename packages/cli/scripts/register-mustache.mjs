// `node --import ./packages/cli/scripts/register-mustache.mjs …` (or `tsx --import …`): lets the
// CLI's sources import the templates' `*.mustache` files, through the templates' one loader
// (packages/templates/scripts/mustache-loader.mjs). For running from the sources only; the built
// packages bundle the templates as strings.
import "../../templates/scripts/register-mustache.mjs";
