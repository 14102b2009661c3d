import { Wizard } from "./app";

const root = document.getElementById("app");
if (root) void new Wizard(root).start();
