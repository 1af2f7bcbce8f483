import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Announcer } from "./components/Announcer.tsx";
import { ErrorBanner } from "./components/ErrorBanner.tsx";
import { Landing } from "./components/Landing.tsx";
import { LanguageSwitch } from "./components/LanguageSwitch.tsx";

import { loadedLobby, loadLobby } from "./preload.ts";
import { resumeSaved, watchSession } from "./store.ts";
import { useTable } from "./useTable.ts";

let resumed = false;

/** The projector view, a chunk of its own: a student's phone never loads it. */
const Projector = lazy(() => import("./components/Projector.tsx"));

/** The lobby, a chunk of its own: the landing page, which a whole class opens at once, stays light. */
const Lobby = lazy(() => loadLobby().then((m) => ({ default: m.Lobby })));

/** The lobby, at once when it was fetched while the student typed the code, else once it arrives. */
function LobbyScreen() {
  const Loaded = loadedLobby();
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={null}>
      <Lobby />
    </Suspense>
  );
}

/** The debrief, a chunk of its own: read with the host key this browser keeps. */
const Debrief = lazy(() => import("./components/Debrief.tsx"));

/** `?projector=KX4PQ7` opens the projector view of that table; `&chamber=unsc` of its Security Council. */
const query = new URLSearchParams(window.location.search);
const projectorCode = query.get("projector");
const debriefSession = query.get("debrief");
const projectorChamber = query.get("chamber") === "unsc" ? "unsc" : query.get("chamber") === "oas" ? "oas" : undefined;

export function App() {
  const { t } = useTranslation();
  const status = useTable((s) => s.status);
  // While a join or a create is under way the form stays on screen, its button saying so.
  const fromLanding = useTable((s) => s.pending === "join" || s.pending === "create");

  useEffect(() => {
    // Once per page load, even under StrictMode's double effects.
    if (resumed || debriefSession !== null) return;
    resumed = true;
    // The projector watches the table named in its address, whatever else this tab held before.
    void (projectorCode ? watchSession(projectorCode, projectorChamber) : resumeSaved());
  }, []);

  // The projector is a screen of its own: no bar, no control (its language follows the session's).
  if (projectorCode !== null) {
    return (
      <main id="main" className="projector-screen">
        <ErrorBanner />
        <Suspense fallback={null}>
          <Projector />
        </Suspense>
        <Announcer />
      </main>
    );
  }

  return (
    <>
      <header className="topbar">
        <div>
          <h1 className="brand">{t("app.title")}</h1>
          <p className="tagline">{t("app.tagline")}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main">
        <ErrorBanner />
        {debriefSession !== null ? (
          <Suspense fallback={null}>
            <Debrief sessionId={debriefSession} />
          </Suspense>
        ) : status === "idle" || status === "left" || fromLanding ? (
          <>
            {status === "left" && <p role="status">{t("status.left")}</p>}
            <Landing />
          </>
        ) : status === "connecting" ? (
          <p role="status" className="connecting">
            {t("status.connecting")}
          </p>
        ) : (
          <LobbyScreen />
        )}
      </main>
      <Announcer />
    </>
  );
}
