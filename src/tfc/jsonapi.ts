/** Minimal JSON:API document access: the action reads a handful of attributes and relationship IDs. */
export interface Resource {
  id: string
  type: string
  attributes: Record<string, unknown>
  relationships?: Record<string, { data?: { id: string; type: string } | Array<{ id: string; type: string }> | null }>
  links?: Record<string, string | null>
}

export interface Document {
  data: Resource | Resource[]
  included?: Resource[]
  links?: Record<string, string | null>
  meta?: { pagination?: { 'next-page'?: number | null } }
}

export function parseDocument(body: string, endpoint: string): Document {
  try {
    const doc = JSON.parse(body) as Document
    if (doc && typeof doc === 'object' && 'data' in doc) return doc
  } catch {
    // fall through to the error below
  }
  throw new Error(`${endpoint} did not answer with a JSON:API document; is the hostname an HCP Terraform or Terraform Enterprise host?`)
}

export function single(doc: Document): Resource {
  if (Array.isArray(doc.data)) throw new Error('expected a single resource, got a list')
  return doc.data
}

export function relId(resource: Resource, name: string): string | undefined {
  const data = resource.relationships?.[name]?.data
  return data && !Array.isArray(data) ? data.id : undefined
}

/** IDs of a to-many relationship; undefined when the document gives only links, not data. */
export function relIds(resource: Resource, name: string): string[] | undefined {
  const data = resource.relationships?.[name]?.data
  return Array.isArray(data) ? data.map(d => d.id) : undefined
}

export function str(resource: Resource, key: string): string {
  const value = resource.attributes[key]
  return typeof value === 'string' ? value : ''
}

export function bool(resource: Resource, key: string): boolean {
  return resource.attributes[key] === true
}

export function num(resource: Resource, key: string): number | null {
  const value = resource.attributes[key]
  return typeof value === 'number' ? value : null
}
