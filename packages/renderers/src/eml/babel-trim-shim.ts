export { trim as default } from "./babel-shims.js";
