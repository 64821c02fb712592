import type { ServerResponse } from 'node:http'

/** How a group of routes answers (ApiRoutes does it): a document, or a JSON:API error. */
export interface Sender {
  send(res: ServerResponse, status: number, body?: unknown, headers?: Record<string, string>): number
  error(res: ServerResponse, status: number, title: string, detail?: string): number
}

/** A sender that also answers one page of a list, with JSON:API pagination meta. */
export interface Pager extends Sender {
  page(docs: unknown[], url: URL, res: ServerResponse, meta?: Record<string, unknown>): number
}
