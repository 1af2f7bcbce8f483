import { preloadConnection } from "./api.ts";

type LobbyModule = typeof import("./components/Lobby.tsx");
let lobby: LobbyModule | undefined;

/** The lobby's code, a chunk of its own so that the landing page a whole class opens at once stays light. */
export const loadLobby = (): Promise<LobbyModule> =>
  import("./components/Lobby.tsx").then((module) => {
    lobby = module;
    return module;
  });

/**
 * The lobby once fetched. Rendered directly, not through `lazy`: React holds a suspended screen back for up
 * to 300 ms before showing it, even when its code is already here.
 */
export const loadedLobby = (): LobbyModule["Lobby"] | undefined => lobby?.Lobby;

/**
 * Fetches what joining needs (the lobby, the Colyseus client) while a student types the join code or a teacher
 * sets up a session, so pressing the button waits for the server alone.
 */
export function preloadTable(): void {
  void loadLobby();
  void preloadConnection();
}
