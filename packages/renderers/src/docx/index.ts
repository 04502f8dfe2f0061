export { type RenderDocxOptions, renderDocx } from "./render-docx.js";
