import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import "./i18n.ts";
import "./styles.css";
import { App } from "./App.tsx";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* A reader in Spanish or Portuguese waits the moment their language's chunk takes to load. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}
