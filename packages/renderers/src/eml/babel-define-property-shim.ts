export { defineProperty as default } from "./babel-shims.js";
