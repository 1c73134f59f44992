import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler, notFoundHandler } from './errors.ts';

describe('the error bodies psvis answers outside its services', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(errorHandler);
    app.setNotFoundHandler(notFoundHandler);
    app.decorate('consoleIndex', null);
    app
      .withTypeProvider<ZodTypeProvider>()
      .post('/things', { schema: { body: z.object({ name: z.string() }).strict() } }, (req) => ({
        name: req.body.name,
      }));
    app.get('/broken', () => {
      throw new Error('a database file went missing');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers an unknown route with 404 in both languages, without the query', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/nothing?x=1' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({
      code: 'PSVIS_ERR_ROUTE_NOT_FOUND',
      message:
        '未找到该接口 GET /api/v1/nothing；接口列表见 GET /api/v1/openapi.json / no route GET /api/v1/nothing; GET /api/v1/openapi.json lists them',
      details: {
        messageZh: '未找到该接口 GET /api/v1/nothing；接口列表见 GET /api/v1/openapi.json',
        messageEn: 'no route GET /api/v1/nothing; GET /api/v1/openapi.json lists them',
      },
    });
  });

  it('answers an unexpected error with 500 in both languages and no word of its cause', async () => {
    const r = await app.inject({ method: 'GET', url: '/broken' });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      code: 'PSVIS_ERR_INTERNAL',
      message: '服务器内部错误，请查看日志 / internal error; see the server log',
      details: { messageZh: '服务器内部错误，请查看日志', messageEn: 'internal error; see the server log' },
    });
  });

  it('keeps the English words of what failed validation and leads them in Chinese', async () => {
    const r = await app.inject({ method: 'POST', url: '/things', payload: { name: 7 } });
    expect(r.statusCode).toBe(400);
    const body = r.json<{ code: string; details: { messageZh: string; messageEn: string; issues: unknown[] } }>();
    expect(body.code).toBe('PSVIS_ERR_VALIDATION');
    expect(body.details.issues).toEqual([{ field: 'body.name', message: expect.any(String) as unknown }]);
    expect(body.details.messageEn).toMatch(/^invalid body\.name: \S/);
    expect(body.details.messageZh).toBe(`请求参数不正确：${body.details.messageEn.slice('invalid '.length)}`);
  });

  it('answers a malformed JSON body in both languages', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      code: 'PSVIS_ERR_BAD_JSON',
      details: {
        messageZh: expect.stringMatching(/^请求体不是有效的 JSON：/) as unknown,
        messageEn: expect.stringMatching(/^the request body is not valid JSON: /) as unknown,
      },
    });
  });

  it('asks for JSON in both languages when the body is of another type', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/xml' },
      payload: '<name/>',
    });
    expect(r.statusCode).toBe(415);
    expect(r.json()).toMatchObject({
      code: 'PSVIS_ERR_UNSUPPORTED_MEDIA_TYPE',
      details: { messageZh: '请以 application/json 格式发送请求体', messageEn: 'send the body as application/json' },
    });
  });
});
