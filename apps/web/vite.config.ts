import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the page runs on Vite (5173) and talks to the game server on 2567; in production the
// game server serves the built page itself, so everything is one origin.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/api": "http://localhost:2567" } },
  build: { outDir: "dist", sourcemap: true },
});
