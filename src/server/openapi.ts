// Hand-written OpenAPI 3 description of the JSON API (served at /openapi.json).
const error = { $ref: '#/components/schemas/Error' };
const errResponse = (description: string): object => ({ description, content: { 'application/json': { schema: error } } });
const qp = (name: string, description: string, schema: object = { type: 'string' }): object => ({ name, in: 'query', required: false, description, schema });
const paging = [qp('limit', 'page size (1..500, default 50)', { type: 'integer', minimum: 1, maximum: 500 }), qp('offset', 'records to skip', { type: 'integer', minimum: 0 })];
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const json = (schema: object): object => ({ 'application/json': { schema } });

export const OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'crosscheck API', version: '0.1.0', description: 'Stories, articles and search over a crosscheck store.' },
  paths: {
    '/api/stories': {
      get: {
        summary: 'List stories, most recent first',
        parameters: [qp('since', 'ISO date: stories with an article published on or after it', { type: 'string', format: 'date' }),
          qp('q', 'full-text query over the stories\' articles'), qp('entity', 'entity name or variant (case-insensitive)'),
          qp('outlet', 'outlet name (case-insensitive)'), ...paging],
        responses: {
          200: { description: 'A page of stories', content: json({ type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, stories: { type: 'array', items: { $ref: '#/components/schemas/StorySummary' } } } }) },
          400: errResponse('Invalid filter or paging value'),
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story: list fields and its full report',
        parameters: [idParam],
        responses: {
          200: { description: 'The story', content: json({ type: 'object', properties: { story: { $ref: '#/components/schemas/StorySummary' }, report: { $ref: '#/components/schemas/StoryReport' } } }) },
          404: errResponse('No such story'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'The current version of one article',
        parameters: [idParam],
        responses: {
          200: { description: 'The article', content: json({ type: 'object', properties: { article: { type: 'object' }, version: { type: 'integer' }, ingestedAt: { type: 'string' }, storyId: { type: 'string', nullable: true } } }) },
          404: errResponse('No such article'),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over current article versions',
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, ...paging],
        responses: {
          200: { description: 'Matching articles, best first', content: json({ type: 'object', properties: { q: { type: 'string' }, hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } } }) },
          400: errResponse('Missing q'),
        },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'Ingest articles: a JSON record or array, JSONL lines, or one HTML or text page',
        parameters: [qp('id', 'article id (HTML and text bodies)'), qp('url', 'article URL (HTML and text bodies)'),
          qp('outlet', 'outlet (HTML and text bodies)'), qp('title', 'title (HTML and text bodies)')],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } },
            'application/x-ndjson': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
            'text/plain': { schema: { type: 'string' } },
          },
        },
        responses: {
          200: { description: 'Ingest counts and each article\'s story', content: json({ type: 'object', properties: { read: { type: 'integer' }, added: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' }, articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, storyId: { type: 'string', nullable: true } } } }, diagnostics: { type: 'array', items: { type: 'object' } } } }) },
          400: errResponse('Empty or malformed body'),
          413: errResponse('Body too large'),
          415: errResponse('Unsupported Content-Type'),
          422: errResponse('No article could be read from the body'),
        },
      },
    },
    '/api/ingest/url': {
      post: {
        summary: 'Fetch and ingest pages by URL (a feed URL gives its items\' pages); private and metadata addresses are refused',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { url: { type: 'string' }, urls: { type: 'array', items: { type: 'string' }, maxItems: 100 } } } } } },
        responses: {
          200: { description: 'Ingest counts and each article\'s story', content: json({ type: 'object' }) },
          400: errResponse('No valid http(s) URL given'),
          422: errResponse('No article could be read from the URLs (refused or failed fetches are listed in diagnostics)'),
        },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', example: 'CC_NOT_FOUND' }, message: { type: 'string' } } } } },
      StorySummary: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, articleCount: { type: 'integer' }, outlets: { type: 'array', items: { type: 'string' } }, firstPublished: { type: 'string', nullable: true }, lastPublished: { type: 'string', nullable: true }, topEntities: { type: 'array', items: { type: 'string' } }, discrepancyCount: { type: 'integer' }, updatedAt: { type: 'string' } } },
      StoryReport: { type: 'object', description: 'See src/model/story.ts', properties: { id: { type: 'string' }, title: { type: 'string' }, articleIds: { type: 'array', items: { type: 'string' } }, summary: { type: 'array', items: { type: 'object' } }, entities: { type: 'array', items: { type: 'object' } }, quotes: { type: 'array', items: { type: 'object' } }, timeline: { type: 'array', items: { type: 'object' } }, claims: { type: 'array', items: { type: 'object' } }, discrepancies: { type: 'array', items: { type: 'object' } }, relations: { type: 'array', items: { type: 'object' } } } },
      SearchHit: { type: 'object', properties: { articleId: { type: 'string' }, storyId: { type: 'string', nullable: true }, title: { type: 'string', nullable: true }, outlet: { type: 'string', nullable: true }, publishedAt: { type: 'string', nullable: true }, snippet: { type: 'string' }, rank: { type: 'number' } } },
    },
  },
} as const;
