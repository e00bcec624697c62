import './app/boot-mark'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/index.css'
import { AppProviders } from './app/providers'
import { AppRouter } from './app/router'
import { guardLibraryStorageWrites } from './app/storage-guard'
import { afterNextPaint } from './lib/after-paint'
import { BootMark, markOnce } from './lib/boot-marks'
import { TestId } from './lib/test-ids'

guardLibraryStorageWrites()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const render = () => {
  markOnce(BootMark.render)
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <AppRouter />
      </AppProviders>
    </StrictMode>,
  )
}
// index.html drew the catalog's saved first rows (lib/catalog/first-screen-preview.ts): let the
// browser paint them before React replaces the page, or the user never sees them.
if (root.querySelector(`[data-testid="${TestId.ServicePreviewRow}"]`))
  void afterNextPaint(100).then(render)
else render()
