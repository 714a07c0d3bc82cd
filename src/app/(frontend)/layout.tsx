import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import '../../../frontend/styles/global.css'
import { t } from '../../../frontend/i18n/dictionary'

export const metadata: Metadata = { description: t('de').siteDescription, title: t('de').siteName }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <a className="skip-link" href="#content">
          {t('de').skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
