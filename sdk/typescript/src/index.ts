// The graphport client: openapi-fetch typed by the types generated from spec/openapi.yaml
// (src/schema.ts, written by `make sdk`; never edit it). Hand-written: this file only.
import createFetchClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { paths } from "./schema.js";

export type * from "./schema.js";

/** A client for every operation of the spec: `client.POST("/threads", { body: {} })`. */
export type GraphportClient = Client<paths>;

/** Create a client; `baseUrl` is the server, e.g. `http://127.0.0.1:2024`. */
export function createClient(options: ClientOptions = {}): GraphportClient {
  return createFetchClient<paths>(options);
}
