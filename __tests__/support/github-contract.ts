/**
 * GitHub's REST API as GitHub publishes it (@octokit/openapi, api.github.com.json): each request the action sends
 * to the GitHub simulator must be an operation of the description (method and path, query parameters declared and
 * of their type, required ones present, the JSON body valid), and each answer the simulator gives must be valid
 * against the documented schema for its status. OpenAPI 3.0's `nullable` is understood by ajv; formats are not
 * checked. GraphQL (`POST /graphql`) is not in the description: it is listed, not checked.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface Exchange {
  method: string
  /** The path and query the action sent. */
  url: string
  requestBody: string
  status: number
  responseBody: string
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: { type?: string; enum?: unknown[]; items?: { type?: string } }
}

interface Operation {
  operationId: string
  parameters?: Array<Parameter | { $ref: string }>
  requestBody?: { content?: Record<string, { schema?: unknown }>; required?: boolean }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>
}

type Spec = {
  paths: Record<string, Record<string, Operation | Parameter[]>>
  components: { parameters: Record<string, Parameter>; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
}

// ajv is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv = AjvModule.default

export class GitHubContract {
  private readonly ajv: InstanceType<typeof Ajv>
  private readonly templates: Array<{ template: string; regex: RegExp; literals: number }>
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly spec: Spec) {
    this.ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: true })
    this.ajv.addSchema(spec, 'gh')
    this.templates = Object.keys(spec.paths).map(template => ({
      template,
      regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: template.split('/').filter(part => part && !part.startsWith('{')).length
    }))
  }

  static load(): GitHubContract {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
    return new GitHubContract(withNullTypes(JSON.parse(readFileSync(file, 'utf8'))) as Spec)
  }

  /** The operation a request is, by its method and path (the most literal template wins, as a router would). */
  operationOf(method: string, path: string): { template: string; operation: Operation } | undefined {
    const matches = this.templates.filter(t => t.regex.test(path) && this.spec.paths[t.template][method.toLowerCase()])
    const best = matches.sort((a, b) => b.literals - a.literals)[0]
    return best && { template: best.template, operation: this.spec.paths[best.template][method.toLowerCase()] as Operation }
  }

  /** What differs from GitHub's description, one line each naming the operation; empty when nothing does. */
  check(exchange: Exchange): string[] {
    const url = new URL(exchange.url, 'http://github.invalid')
    if (exchange.method === 'POST' && url.pathname === '/graphql') return []
    const found = this.operationOf(exchange.method, url.pathname)
    if (!found) return [`${exchange.method} ${url.pathname}: no such operation in GitHub's REST API description`]
    const { template, operation } = found
    const name = `${exchange.method} ${template} (${operation.operationId})`
    return [
      ...this.checkParameters(template, operation, url).map(p => `${name}: ${p}`),
      ...this.checkRequestBody(template, exchange, operation).map(p => `${name}: request body ${p}`),
      ...this.checkResponse(template, exchange, operation).map(p => `${name}: answer ${exchange.status} ${p}`)
    ]
  }

  private parameters(template: string, operation: Operation): Parameter[] {
    const shared = (this.spec.paths[template].parameters ?? []) as Array<Parameter | { $ref: string }>
    return [...shared, ...(operation.parameters ?? [])].map(p =>
      '$ref' in p ? this.spec.components.parameters[p.$ref.replace('#/components/parameters/', '')] : p
    )
  }

  private checkParameters(template: string, operation: Operation, url: URL): string[] {
    const problems: string[] = []
    const declared = this.parameters(template, operation)
    const query = declared.filter(p => p.in === 'query')
    for (const [key, value] of url.searchParams) {
      const parameter = query.find(p => p.name === key)
      if (!parameter) problems.push(`query parameter \`${key}\` is not declared`)
      else {
        const problem = typeProblem(parameter, value)
        if (problem) problems.push(`query parameter \`${key}\` ${problem}`)
      }
    }
    for (const parameter of query)
      if (parameter.required && !url.searchParams.has(parameter.name))
        problems.push(`required query parameter \`${parameter.name}\` is missing`)
    const values = url.pathname.split('/')
    template.split('/').forEach((part, i) => {
      const match = /^\{(.+)\}$/.exec(part)
      const parameter = match && declared.find(p => p.in === 'path' && p.name === match[1])
      const problem = parameter && typeProblem(parameter, decodeURIComponent(values[i]))
      if (problem) problems.push(`path parameter \`${match?.[1]}\` ${problem}`)
    })
    return problems
  }

  private checkRequestBody(template: string, exchange: Exchange, operation: Operation): string[] {
    const content = operation.requestBody?.content?.['application/json']
    if (!exchange.requestBody) return operation.requestBody?.required ? ['is missing'] : []
    if (!content) return ['is sent where the operation takes none']
    return this.validate(
      `#/paths/${pointer(template)}/${exchange.method.toLowerCase()}/requestBody/content/application~1json/schema`,
      exchange.requestBody
    )
  }

  private checkResponse(template: string, exchange: Exchange, operation: Operation): string[] {
    const key = operation.responses[String(exchange.status)] ? String(exchange.status) : operation.responses.default ? 'default' : undefined
    // GitHub answers 401, 403 and 404 to any request it refuses (REST docs, "Troubleshooting"), listed or not: the
    // description leaves them out of many operations (check runs list only 201). Their body is a basic error.
    if (!key && [401, 403, 404].includes(exchange.status)) return this.validate('#/components/schemas/basic-error', exchange.responseBody)
    if (!key) return [`is not a documented status (documented: ${Object.keys(operation.responses).join(', ')})`]
    const response = operation.responses[key]
    const base = response.$ref
      ? `#/components/responses/${response.$ref.replace('#/components/responses/', '')}`
      : `#/paths/${pointer(template)}/${exchange.method.toLowerCase()}/responses/${key}`
    const content = response.$ref
      ? this.spec.components.responses[response.$ref.replace('#/components/responses/', '')]?.content
      : response.content
    if (!content?.['application/json']?.schema) return []
    return this.validate(`${base}/content/application~1json/schema`, exchange.responseBody)
  }

  private validate(ref: string, body: string): string[] {
    let data: unknown
    try {
      data = JSON.parse(body)
    } catch {
      return ['is not JSON']
    }
    let validate = this.compiled.get(ref)
    if (!validate) {
      validate = this.ajv.getSchema(`gh${ref}`)
      if (!validate) return [`has no schema at ${ref}`]
      this.compiled.set(ref, validate)
    }
    if (validate(data)) return []
    return describeErrors(validate.errors ?? [])
  }
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema says it: `null` among the types (and the enum), or, beside
 * `allOf`/`oneOf`/`anyOf` without a type, an `anyOf` with `{ type: 'null' }`. In place, once.
 */
function withNullTypes(node: unknown): unknown {
  if (Array.isArray(node)) {
    node.forEach(withNullTypes)
    return node
  }
  if (!node || typeof node !== 'object') return node
  const schema = node as Record<string, unknown>
  for (const value of Object.values(schema)) withNullTypes(value)
  if (schema.nullable !== true) return schema
  delete schema.nullable
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null)
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null']
  else if (!schema.type) {
    const rest = { ...schema }
    for (const key of Object.keys(schema)) if (key !== 'description' && key !== 'title') delete schema[key]
    schema.anyOf = [rest, { type: 'null' }]
  }
  return schema
}

function pointer(template: string): string {
  return template.replace(/~/g, '~0').replace(/\//g, '~1')
}

function typeProblem(parameter: Parameter, value: string): string | undefined {
  const schema = parameter.schema ?? {}
  if (schema.enum && !schema.enum.includes(value)) return `is "${value}", not one of ${schema.enum.join(', ')}`
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return `is "${value}", not an integer`
  if (schema.type === 'number' && Number.isNaN(Number(value))) return `is "${value}", not a number`
  if (schema.type === 'boolean' && !['true', 'false'].includes(value)) return `is "${value}", not a boolean`
  return undefined
}

/** The first few distinct problems, each with where it is (`/user/id must be integer`). */
function describeErrors(errors: ErrorObject[]): string[] {
  const lines = errors.map(e => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`)
  return [...new Set(lines)].slice(0, 5)
}
