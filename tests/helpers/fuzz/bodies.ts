import type { FuzzCase } from './case'

type Body = { label: string; body: NonNullable<FuzzCase['body']>; refuse: boolean }

const json = (label: string, data: string, refuse = true): Body => ({ body: { contentType: 'application/json', data }, label, refuse })

const boundary = 'fuzzgrenze'

/** Bodies that are not what a JSON API takes: no object, broken JSON, another type, broken multipart. */
export const badBodies: Body[] = [
  json('null', 'null'),
  json('number', '5'),
  json('string', '"Text"'),
  json('array', '[{"title":"x"}]'),
  json('broken JSON', '{"title":'),
  // an empty JSON body is no body: a sign-out, a duplicate with no changes
  json('empty', '', false),
  json('NUL in JSON', '{"title":"vor\\u0000nach"}'),
  json('raw NUL', '{"title":"vor\u0000nach"}'),
  json('deep nesting', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`),
  { body: { contentType: 'text/plain', data: '{"title":"x"}' }, label: 'text/plain', refuse: true },
  { body: { contentType: 'application/xml', data: '<title>x</title>' }, label: 'XML', refuse: true },
  { body: { contentType: 'application/x-www-form-urlencoded', data: 'title=x&_payload=%7B' }, label: 'form', refuse: true },
  { body: { contentType: `multipart/form-data; boundary=${boundary}`, data: 'kein multipart' }, label: 'broken multipart', refuse: true },
  { body: { contentType: 'multipart/form-data', data: `--${boundary}\r\n\r\n` }, label: 'multipart without boundary', refuse: true },
  {
    body: {
      contentType: `multipart/form-data; boundary=${boundary}`,
      data: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":\r\n--${boundary}--\r\n`,
    },
    label: 'multipart with broken _payload',
    refuse: true,
  },
  {
    body: {
      contentType: `multipart/form-data; boundary=${boundary}`,
      data: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--${boundary}--\r\n`,
    },
    label: 'multipart with _payload null',
    refuse: true,
  },
  { body: { data: new Uint8Array([0x7b, 0x00, 0xff, 0xfe]) }, label: 'bytes without content type', refuse: true },
]
