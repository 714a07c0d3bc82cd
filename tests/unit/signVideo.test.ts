import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { SignVideo } from '../../frontend/components/SignVideo'

const render = (mimeType: string) =>
  renderToStaticMarkup(createElement(SignVideo, { locale: 'de', media: { mimeType, url: '/api/media/file/dgs.mp4' }, title: 'Gebärdensprache' }))

describe('the sign-language video', () => {
  it('plays in the browser’s own player, loaded only on play, with a download for browsers that cannot', () => {
    const html = render('video/mp4')
    expect(html).toContain('<video aria-label="Video: Gebärdensprache" controls="" playsInline="" preload="none">')
    expect(html).toContain('<source src="/api/media/file/dgs.mp4" type="video/mp4"/>')
    expect(html).toContain('<a href="/api/media/file/dgs.mp4">Video herunterladen</a>')
    expect(html).not.toMatch(/<script|<iframe/)
  })

  it('shows nothing for a file that is no video', () => {
    expect(render('application/pdf')).toBe('')
  })
})
