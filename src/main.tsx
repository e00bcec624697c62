import './app/boot-mark'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/index.css'
import { AppProviders } from './app/providers'
import { AppRouter } from './app/router'
import { guardLibraryStorageWrites } from './app/storage-guard'
import { afterNextPaint } from './lib/after-paint'
import { appStylesheetsLoaded } from './lib/app-stylesheets'
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
// index.html drew the catalog's saved first rows (lib/catalog/first-screen-preview.ts): they must
// be painted before React replaces the page, or the user never sees them. The built page starts
// this script only after that paint (`startAppScripts`); the dev server starts it at once.
const previewUnpainted =
  root.querySelector(`[data-testid="${TestId.ServicePreviewRow}"]`) !== null &&
  performance.getEntriesByName('catalog:preview-painted').length === 0
// The built page's stylesheet is added with this script, not in the head (only the first paint's
// rules are there): the app is rendered once it applies, never unstyled.
void Promise.all([
  appStylesheetsLoaded(document),
  previewUnpainted ? afterNextPaint(100) : undefined,
]).then(render)
