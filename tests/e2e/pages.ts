import { expect, type Page } from "@playwright/test";

/** The landing page: create a session, or join one. */
export class LandingPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async createSession(): Promise<string> {
    await this.page.getByRole("button", { name: "Create a session" }).click();
    const code = this.page.getByTestId("join-code");
    await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
    return (await code.textContent()) ?? "";
  }

  async join(code: string, name: string): Promise<void> {
    await this.page.getByLabel("Join code").fill(code);
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByRole("button", { name: "Join", exact: true }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }
}

/** The lobby: seats, and for a player the seat picker. */
export class LobbyPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  seat(delegation: string) {
    return this.page.locator(`[data-delegation="${delegation}"]`);
  }

  seatButton(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
}
